/** File names shared by the build scripts, the deck and the tests. */
export const PDF_FILE = 'talk.pdf'
export const PDF_CLICKS_FILE = 'talk-clicks.pdf'
export const PDF_NOTES_FILE = 'talk-notes.pdf'
export const PDF_HANDOUT_FILE = 'talk-handout.pdf'
