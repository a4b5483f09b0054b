import { plainText } from './reading/script'

/** What a screen reader hears when the slide changes: "第 3 / 25 页：标题" (no title: "第 3 / 25 页"). */
export function slideAnnouncement(no: number, total: number, title: string | undefined): string {
  const heading = plainText(title)
  return heading ? `第 ${no} / ${total} 页：${heading}` : `第 ${no} / ${total} 页`
}
