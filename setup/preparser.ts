/**
 * Click counts known before a slide mounts. Each widget registers its clicks with its slide when it mounts
 * (components/chart/useWidgetStep.ts), but a slide's content is a lazily loaded chunk: a key pressed before it has
 * mounted found no steps and skipped the slide's clicks (seen in CI, presenter view and hash routes alike). So the
 * same count, read from the slide's markup and the widgets' data (lib/widget-clicks.ts), goes into the slide's
 * frontmatter at parse time, where Slidev reads it first, unless the slide states its own.
 */
import { definePreparserSetup } from '@slidev/types'
import { widgetClicks } from '../lib/widget-clicks'

export default definePreparserSetup(() => [{
  name: 'widget-clicks',
  async transformSlide(content, frontmatter: Record<string, unknown>) {
    if (frontmatter.clicks === undefined) {
      const clicks = widgetClicks(content)
      if (clicks > 0)
        frontmatter.clicks = clicks
    }
    return undefined
  },
}])
