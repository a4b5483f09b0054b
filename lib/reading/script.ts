/**
 * The speaker script as reading prose: the notes' HTML (Slidev renders them at build time) without the presenter's
 * click cues, which mean nothing to a reader: "（点击）" stage directions, `[click]` / `[click:n]` markers and the
 * empty marks Slidev turns those into.
 */
export function scriptProse(noteHTML: string | undefined): string {
  return (noteHTML ?? '')
    .replace(/<span class="slidev-note-click-mark"[^>]*><\/span>/g, '')
    .replace(/\[click(?::\d+)?\]/gi, '')
    .replace(/（点击）|\(点击\)/g, '')
    .replace(/<p>\s*<\/p>/g, '')
    .trim()
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ' }

/** HTML (a slide's title, a script) as plain text: tags dropped, the common entities decoded, white space collapsed. */
export function plainText(html: unknown): string {
  return String(html ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim()
}
