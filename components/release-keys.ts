/**
 * Gives the arrow keys back to the deck: Slidev ignores its keys while a button or field has focus, so a control
 * lets go of focus after a pointer click or tap (detail 0 is Enter or Space: keyboard users keep it) and on Escape.
 */
export function releaseKeys(event: MouseEvent | KeyboardEvent): void {
  if (event instanceof KeyboardEvent ? event.key === 'Escape' : event.detail > 0)
    (event.currentTarget as HTMLElement).blur()
}
