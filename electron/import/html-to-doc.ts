import type { ChildNode, Element } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import type { DocMark, DocNode } from '../../shared/articles/doc-schema'
import { docToPlainText } from '../../shared/doc/doc-text'
import { safeLinkHref } from '../../shared/editor/schema-extensions'
import {
  BLOCK_CONTAINERS,
  DROPPED,
  HEADING_LEVEL,
  INLINE_MARKS,
  isElement,
  needsSpaceBefore,
  textOf,
} from './html-elements'
import { readImage } from './html-images'
import type { ImportedArticle, SkippedImage } from './imported-article'
import { headlineIndex } from './pick-title'

/** What one conversion collects besides the blocks: the images it left out. */
interface Walk {
  skipped: SkippedImage[]
}

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

  /** Ends the paragraph; a figure met inline (an image inside a `<p>`) splits it in two. */
  flush(): void {
    let run: DocNode[] = []
    const paragraph = () => {
      const content = trimInline(run)
      run = []
      if (content.length > 0) this.blocks.push({ type: 'paragraph', content })
    }
    for (const node of this.inline) {
      if (node.type !== 'figure') run.push(node)
      else {
        paragraph()
        this.blocks.push(node)
      }
    }
    paragraph()
    this.inline = []
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

const textNode = (text: string, marks: DocMark[]): DocNode =>
  marks.length ? { type: 'text', text, marks } : { type: 'text', text }

/** Inline content; an embedded image comes back as a figure node, for the caller to lift out. */
function inlineContent(nodes: ChildNode[], marks: DocMark[], walk: Walk): DocNode[] {
  const out: DocNode[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.data) out.push(textNode(node.data, marks))
      continue
    }
    if (!isElement(node) || DROPPED.has(node.name)) continue
    if (needsSpaceBefore(node)) out.push(textNode(' ', marks))
    if (node.name === 'br') {
      out.push({ type: 'hardBreak' })
      continue
    }
    if (node.name === 'img') {
      const image = readImage(node)
      if (image.kind === 'figure') out.push(image.node)
      if (image.kind === 'skipped') walk.skipped.push(image.note)
      continue
    }
    out.push(...inlineContent(node.children, withMark(node, marks), walk))
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

function listItems(list: Element, walk: Walk): DocNode[] {
  const items: DocNode[] = []
  for (const child of list.children) {
    if (!isElement(child) || child.name !== 'li') continue
    const content = blockContent(child.children, walk)
    items.push({ type: 'listItem', content: content.length ? content : [{ type: 'paragraph' }] })
  }
  return items
}

/** `<figure>` with one embedded image: a figure, its `<figcaption>` the caption. Else null. */
function figureBlock(element: Element, walk: Walk): DocNode | null {
  const images = findAll(element.children, 'img')
  if (images.length !== 1 || readImage(images[0] as Element).kind !== 'figure') return null
  const figcaption = findFirst(element.children, 'figcaption')
  const caption = trimInline(
    inlineContent(figcaption?.children ?? [], [], walk).filter(
      (node) => node.type !== 'figure' && node.type !== 'hardBreak',
    ),
  )
  const image = readImage(images[0] as Element, caption)
  return image.kind === 'figure' ? image.node : null
}

function blockContent(nodes: ChildNode[], walk: Walk): DocNode[] {
  const builder = new BlockBuilder()
  for (const node of nodes) {
    if (node.type === 'text') {
      builder.addInline(inlineContent([node], [], walk))
      continue
    }
    if (!isElement(node) || DROPPED.has(node.name)) continue
    const name = node.name
    const level = HEADING_LEVEL[name]
    if (level !== undefined) {
      const inline = inlineContent(node.children, [], walk)
      const content = trimInline(inline.filter((n) => n.type !== 'figure'))
      builder.addBlock(content.length ? { type: 'heading', attrs: { level }, content } : null)
      for (const figure of inline.filter((n) => n.type === 'figure')) builder.addBlock(figure)
    } else if (name === 'p') {
      builder.addBlock(null)
      builder.addInline(inlineContent(node.children, [], walk))
      builder.flush()
    } else if (name === 'ul' || name === 'ol') {
      const items = listItems(node, walk)
      builder.addBlock(
        items.length
          ? { type: name === 'ul' ? 'bulletList' : 'orderedList', content: items }
          : null,
      )
    } else if (name === 'blockquote') {
      const content = blockContent(node.children, walk)
      builder.addBlock(content.length ? { type: 'blockquote', content } : null)
    } else if (name === 'figure' && figureBlock(node, walk)) {
      builder.addBlock(figureBlock(node, walk))
    } else if (BLOCK_CONTAINERS.has(name)) {
      builder.addBlock(null)
      for (const block of blockContent(node.children, walk)) builder.addBlock(block)
    } else {
      builder.addInline(inlineContent([node], [], walk))
    }
  }
  builder.flush()
  return builder.blocks
}

function findAll(nodes: ChildNode[], name: string, found: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isElement(node) || DROPPED.has(node.name)) continue
    if (node.name === name) found.push(node)
    findAll(node.children, name, found)
  }
  return found
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

/**
 * Converts untrusted HTML into a TipTap document by an allow-list: headings, paragraphs, lists,
 * quotes, bold/italic/underline, http(s)/mailto links and embedded images (as figures with their
 * alt text) survive; scripts, styles, inline styles, event handlers, embeds, tracking pixels,
 * empty paragraphs and every attribute but a safe `href` are dropped. Nothing is ever executed:
 * the HTML is parsed as data, never given to a DOM. Images it cannot import (remote ones) are
 * listed in `skippedImages`.
 *
 * The title is the first `<h1>` (removed from the body), else `<title>`, else the first block
 * if it reads like a headline (see `headlineIndex`; removed from the body).
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
  const walk: Walk = { skipped: [] }
  const content = blockContent(root.children, walk)
  title = title.replace(/\s+/g, ' ').trim()
  if (!title) {
    const index = headlineIndex(content, 'none')
    const [block] = index >= 0 ? content.splice(index, 1) : []
    title = block ? docToPlainText(block).replace(/\s+/g, ' ').trim() : ''
  }
  return {
    title,
    body: { type: 'doc', content },
    ...(walk.skipped.length ? { skippedImages: walk.skipped } : {}),
  }
}
