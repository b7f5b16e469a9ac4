import type { ChildNode, Element } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import type { DocMark, DocNode } from '../../shared/articles/doc-schema'
import { safeLinkHref } from '../../shared/editor/schema-extensions'
import type { ImportedArticle } from './imported-article'

/** Elements dropped together with everything inside them: code, embeds, forms, metadata. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'option',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'img',
  'picture',
  'map',
  'dialog',
  'slot',
])

const INLINE_MARKS: Record<string, string> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  ins: 'underline',
}

const HEADING_LEVEL: Record<string, number> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 }

const BLOCK_CONTAINERS = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'pre',
  'address',
  'hr',
  'dl',
  'dt',
  'dd',
  'body',
  'html',
])

const isElement = (node: ChildNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style'

/** Collects inline content and flushes it as paragraphs between blocks. */
class BlockBuilder {
  readonly blocks: DocNode[] = []
  private inline: DocNode[] = []

  addInline(nodes: DocNode[]): void {
    this.inline.push(...nodes)
  }

  addBlock(node: DocNode | null): void {
    this.flush()
    if (node) this.blocks.push(node)
  }

  flush(): void {
    const content = trimInline(this.inline)
    this.inline = []
    if (content.length > 0) this.blocks.push({ type: 'paragraph', content })
  }
}

/** Collapses white space like a browser would and drops empty runs at the edges. */
function trimInline(nodes: DocNode[]): DocNode[] {
  const out: DocNode[] = []
  for (const node of nodes) {
    if (node.type !== 'text') {
      out.push(node)
      continue
    }
    const prev = out.at(-1)
    let text = (node.text ?? '').replace(/\s+/g, ' ')
    if ((!prev || prev.type === 'hardBreak' || prev.text?.endsWith(' ')) && text.startsWith(' ')) {
      text = text.slice(1)
    }
    if (text) out.push({ ...node, text })
  }
  while (out.at(-1)?.type === 'hardBreak') out.pop()
  const last = out.at(-1)
  if (last?.type === 'text' && last.text) {
    last.text = last.text.trimEnd()
    if (!last.text) out.pop()
  }
  return out
}

function inlineContent(nodes: ChildNode[], marks: DocMark[]): DocNode[] {
  const out: DocNode[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.data)
        out.push(
          marks.length
            ? { type: 'text', text: node.data, marks }
            : { type: 'text', text: node.data },
        )
      continue
    }
    if (!isElement(node) || DROPPED.has(node.name)) continue
    if (node.name === 'br') {
      out.push({ type: 'hardBreak' })
      continue
    }
    out.push(...inlineContent(node.children, withMark(node, marks)))
  }
  return out
}

function withMark(element: Element, marks: DocMark[]): DocMark[] {
  const markType = INLINE_MARKS[element.name]
  if (markType && !marks.some((m) => m.type === markType)) return [...marks, { type: markType }]
  if (element.name === 'a' && element.attribs.href) {
    const href = safeLinkHref(element.attribs.href)
    if (href && !marks.some((m) => m.type === 'link'))
      return [...marks, { type: 'link', attrs: { href } }]
  }
  return marks
}

function listItems(list: Element): DocNode[] {
  const items: DocNode[] = []
  for (const child of list.children) {
    if (!isElement(child) || child.name !== 'li') continue
    const content = blockContent(child.children)
    items.push({ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] })
  }
  return items
}

function blockContent(nodes: ChildNode[]): DocNode[] {
  const builder = new BlockBuilder()
  for (const node of nodes) {
    if (node.type === 'text') {
      builder.addInline(inlineContent([node], []))
      continue
    }
    if (!isElement(node) || DROPPED.has(node.name)) continue
    const name = node.name
    const level = HEADING_LEVEL[name]
    if (level !== undefined) {
      const content = trimInline(inlineContent(node.children, []))
      builder.addBlock(content.length ? { type: 'heading', attrs: { level }, content } : null)
    } else if (name === 'p') {
      builder.addBlock(null)
      builder.addInline(inlineContent(node.children, []))
      builder.flush()
    } else if (name === 'ul' || name === 'ol') {
      const items = listItems(node)
      builder.addBlock(
        items.length
          ? { type: name === 'ul' ? 'bulletList' : 'orderedList', content: items }
          : null,
      )
    } else if (name === 'blockquote') {
      const content = blockContent(node.children)
      builder.addBlock(content.length ? { type: 'blockquote', content } : null)
    } else if (BLOCK_CONTAINERS.has(name)) {
      builder.addBlock(null)
      for (const block of blockContent(node.children)) builder.addBlock(block)
    } else {
      builder.addInline(inlineContent([node], []))
    }
  }
  builder.flush()
  return builder.blocks
}

function findFirst(nodes: ChildNode[], name: string): Element | null {
  for (const node of nodes) {
    if (!isElement(node)) continue
    if (node.name === name) return node
    const found = findFirst(node.children, name)
    if (found) return found
  }
  return null
}

function textOf(nodes: ChildNode[]): string {
  return nodes
    .map((n) =>
      n.type === 'text' ? n.data : isElement(n) && !DROPPED.has(n.name) ? textOf(n.children) : '',
    )
    .join('')
}

/**
 * Converts untrusted HTML into a TipTap document by an allow-list: headings, paragraphs, lists,
 * quotes, bold/italic/underline and http(s)/mailto links survive; scripts, styles, event
 * handlers, embeds and every attribute but a safe `href` are dropped. Nothing is ever executed:
 * the HTML is parsed as data, never given to a DOM.
 *
 * The title is the first `<h1>` (removed from the body), else `<title>`.
 */
export function htmlToArticle(html: string): ImportedArticle {
  const root = parseDocument(html)
  const h1 = findFirst(root.children, 'h1')
  const titleElement = findFirst(root.children, 'title')
  let title = ''
  if (h1) {
    title = textOf(h1.children)
    h1.children = []
  } else if (titleElement) {
    title = textOf(titleElement.children)
  }
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    body: { type: 'doc', content: blockContent(root.children) },
  }
}
