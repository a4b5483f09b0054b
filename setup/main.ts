import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { clearReadingClassOutside } from '../components/reading/routes'
import { PDF_FILE } from '../lib/deck-files'
import { installPreloadErrorReload } from './preload-error'
import { registerServiceWorker } from './service-worker'
// 'Deck Sans SC' under `npm run dev` and export (vite/deck-font.ts); a build declares its cut in index.html.
import 'virtual:deck-font.css'

// The hosted build ships the PDF next to index.html (scripts/build.ts), so the navigation bar's download button
// can point to it under any base path. The dev server has no PDF, so the button appears only in a build.
export default defineAppSetup(({ router }) => {
  if (import.meta.env.PROD)
    configs.download = `${import.meta.env.BASE_URL}${PDF_FILE}`
  // Hosting: recover from a redeploy by reloading once; keep an offline copy after the first visit.
  installPreloadErrorReload()
  registerServiceWorker()
  clearReadingClassOutside(router)
})
