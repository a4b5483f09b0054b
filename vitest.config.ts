import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Unit and component tests only; the deck itself is tested in a real browser (tests/e2e).
export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
  },
})
