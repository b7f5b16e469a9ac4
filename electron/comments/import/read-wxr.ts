import { Parser } from 'htmlparser2'

/** A `<wp:comment>` as written: its direct child elements' text, by lowercased element name. */
export type WxrComment = Record<string, string>

/** An `<item>` (a post or page) and its comments. */
export interface WxrItem {
  title: string
  /** `wp:post_name`, as written (WordPress percent-encodes non-Latin slugs). */
  postName: string
  postId: string
  comments: WxrComment[]
}

export interface WxrDocument {
  /** Whether the file has an `<rss>` root with a `<channel>`: what makes it an RSS/WXR file. */
  isRss: boolean
  items: WxrItem[]
}

const ITEM_FIELDS: Record<string, keyof Omit<WxrItem, 'comments'>> = {
  title: 'title',
  'wp:post_name': 'postName',
  'wp:post_id': 'postId',
}

/**
 * Reads a WordPress eXtended RSS export as XML, streaming (an export can be tens of MB). Text
 * is decoded exactly once: entities in plain text (`&amp;` → `&`), CDATA sections as they are
 * (WordPress splits a `]]>` inside a comment across two sections; they are joined back). The
 * text is never interpreted as markup: a `<script>` in a comment stays those characters.
 */
export function readWxr(xml: string): WxrDocument {
  const doc: WxrDocument = { isRss: false, items: [] }
  const stack: string[] = []
  let item: WxrItem | null = null
  let comment: WxrComment | null = null
  const parser = new Parser(
    {
      onopentag(raw) {
        const name = raw.toLowerCase()
        const parent = stack.at(-1)
        if (name === 'channel' && parent === 'rss' && stack.length === 1) doc.isRss = true
        if (name === 'item' && parent === 'channel')
          item = { title: '', postName: '', postId: '', comments: [] }
        if (name === 'wp:comment' && parent === 'item' && item) comment = {}
        stack.push(name)
      },
      ontext(text) {
        const [parent, name] = stack.slice(-2)
        if (name === undefined) return
        if (comment && parent === 'wp:comment') comment[name] = (comment[name] ?? '') + text
        else if (item && parent === 'item') {
          const field = ITEM_FIELDS[name]
          if (field) item[field] += text
        }
      },
      onclosetag() {
        const name = stack.pop()
        if (name === 'wp:comment' && comment && item) {
          item.comments.push(comment)
          comment = null
        } else if (name === 'item' && item) {
          if (item.comments.length) doc.items.push(item)
          item = null
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  )
  parser.write(xml)
  parser.end()
  return doc
}
