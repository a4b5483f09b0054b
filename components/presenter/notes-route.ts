import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { defineAsyncComponent, defineComponent, h } from 'vue'
import NotesSyncNote from './NotesSyncNote.vue'

/**
 * Slidev's /notes with, in a built deck, NotesSyncNote above it. The dev server syncs every device through itself
 * (and `--remote` lets phones in), so there /notes is left as it is.
 */
export function withNotesSyncNote(routes: RouteRecordRaw[]): RouteRecordRaw[] {
  const notes = routes.find(route => route.path === '/notes')
  if (import.meta.env.PROD && notes?.component) {
    const page = defineAsyncComponent(notes.component as () => Promise<Component>)
    notes.component = defineComponent(() => () => h(NotesSyncNote, null, { default: () => h(page) }))
  }
  return routes
}
