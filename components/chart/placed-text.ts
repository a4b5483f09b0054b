/**
 * The SVG attributes that put a text where a layout placed it (lib/chart/label-placement.ts): its anchor point,
 * baseline and anchor. `<text v-bind="placedText(label)">{{ label.text }}</text>`; size and ink come from classes.
 */
import type { TextAnchor } from '../../lib/chart/label-placement'

export function placedText(label: { x: number, y: number, anchor: TextAnchor }): { 'x': number, 'y': number, 'text-anchor': TextAnchor } {
  return { 'x': label.x, 'y': label.y, 'text-anchor': label.anchor }
}
