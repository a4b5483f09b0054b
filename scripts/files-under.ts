/**
 * The one folder walker of the build, the hosting scripts and the benchmark: the font cut's deck sources, the PDF
 * cache's inputs, the service worker's precache list and the build's size all read a folder's files through it.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Every file under `dir`, as a "/"-separated path relative to it: each folder's entries in name order, depth first
 * (so the order never depends on the file system). Folders reached through a link are walked too. `skip` leaves out
 * entries by name, files and whole folders alike. A `dir` that does not exist has no files.
 */
export function filesUnder(dir: string, { skip }: { skip?: (name: string) => boolean } = {}): string[] {
  const files: string[] = []
  const walk = (folder: string, prefix: string) => {
    const entries = readdirSync(folder, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (skip?.(entry.name))
        continue
      const path = join(folder, entry.name)
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory()))
        walk(path, `${prefix}${entry.name}/`)
      else
        files.push(`${prefix}${entry.name}`)
    }
  }
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    walk(dir, '')
  return files
}
