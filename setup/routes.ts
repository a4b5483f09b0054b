import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'
import { withNotesSyncNote } from '../components/presenter/notes-route'
import { withReadingView } from '../components/reading/routes'

/** On <html> while `slidev export-notes` prints the notes (/presenter/print): style.css gives its pages side margins. */
const NOTES_PRINT_CLASS = 'deck-notes-print'

function withNotesPrintClass(routes: RouteRecordRaw[]): RouteRecordRaw[] {
  const notes = routes.find(route => route.path === '/presenter/print')
  if (notes) {
    const own = notes.beforeEnter ? [notes.beforeEnter].flat() : []
    notes.beforeEnter = [() => {
      document.documentElement.classList.add(NOTES_PRINT_CLASS)
    }, ...own]
  }
  return routes
}

// Routes next to Slidev's own: the reading view for phones (components/reading/); a class for the notes PDF.
export default defineRoutesSetup(routes => withReadingView(withNotesPrintClass(withNotesSyncNote(routes))))
