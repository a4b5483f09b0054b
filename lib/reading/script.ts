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

/** HTML (a slide's title, a script) as plain text: tags dropped, white space collapsed, entities left alone. */
export function plainText(html: unknown): string {
  return String(html ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
}

/** The script as plain text, for tests and search. */
export function scriptText(noteHTML: string | undefined): string {
  return plainText(scriptProse(noteHTML))
}
