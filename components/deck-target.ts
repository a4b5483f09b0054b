import type { ComputedRef } from 'vue'
import type { DeckTarget } from '../lib/deck-url'
import { computed } from 'vue'
import { deckTarget } from '../lib/deck-url'

/**
 * The deck's public address as the closing slide uses it (its QR code, its PDF links): DECK_URL, else the hosted
 * deck's own address; refused when a phone could not open it (lib/deck-url.ts).
 */
export function useDeckTarget(): ComputedRef<DeckTarget> {
  return computed(() => deckTarget(__DECK_URL__, window.location.origin, import.meta.env.BASE_URL))
}
