import { defineRoutesSetup } from '@slidev/types'
import { withNotesSyncNote } from '../components/presenter/notes-route'
import { withReadingView } from '../components/reading/routes'

// Routes next to Slidev's own: the reading view for phones (components/reading/); a note above /notes in a build.
export default defineRoutesSetup(routes => withReadingView(withNotesSyncNote(routes)))
