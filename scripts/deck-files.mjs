// The scripts run in plain Node, so they read the shared file names from the TypeScript module's text
// rather than importing TypeScript. One source of truth: lib/deck-files.ts.
import { readFileSync } from 'node:fs'

const source = readFileSync(new URL('../lib/deck-files.ts', import.meta.url), 'utf8')
function constant(name) {
  const match = source.match(new RegExp(`export const ${name} = '([^']+)'`))
  if (!match)
    throw new Error(`lib/deck-files.ts has no ${name}`)
  return match[1]
}

export const PDF_FILE = constant('PDF_FILE')
export const PDF_CLICKS_FILE = constant('PDF_CLICKS_FILE')
export const PDF_NOTES_FILE = constant('PDF_NOTES_FILE')
