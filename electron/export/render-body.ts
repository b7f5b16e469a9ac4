import { getSchema } from '@tiptap/core'
import type { DOMOutputSpec, Mark, Node as PmNode, Schema } from '@tiptap/pm/model'
import { ApiError } from '../../shared/api/errors'
import type { Doc } from '../../shared/articles/doc-schema'
import { schemaExtensions } from '../../shared/editor/schema-extensions'
import { isMediaSrc } from '../../shared/media/media-src'
import { escapeHtml } from './html-text'
import { BLOCK_ELEMENTS, isAllowedElement, safeAttributes, VOID_ELEMENTS } from './safe-markup'

let schema: Schema | undefined

/** The editor's article schema, built once: export must agree with the editor on every node. */
export function articleSchema(): Schema {
  schema ??= getSchema(schemaExtensions())
  return schema
}

/**
 * A stored body as a schema-checked ProseMirror document. A body the schema does not allow (an
 * unknown node or mark, a paragraph inside a paragraph, an empty text node) is refused with an
 * `invalid_data` error naming the problem, rather than exported half-right.
 */
export function parseBody(body: Doc): PmNode {
  const content = body.content?.length ? body.content : [{ type: 'paragraph' }]
  try {
    const doc = articleSchema().nodeFromJSON({ type: 'doc', content })
    doc.check()
    return doc
  } catch (error) {
    throw new ApiError(
      'invalid_data',
      `The article's body does not fit the article schema, so it cannot be exported: ${(error as Error).message}`,
    )
  }
}

/** How the serializer turns stored image sources into page sources. */
export interface BodyRenderOptions {
  /**
   * Given a stored `media/<sha256>.<ext>` source, what the page's `<img src>` should be (a data:
   * URI for a standalone file), or null to leave the image out.
   */
  imageSrc: (src: string) => string | null
}

/** Every `media/…` image source the document uses, once each. */
export function imageSources(doc: PmNode): string[] {
  const found = new Set<string>()
  doc.descendants((node) => {
    const src: unknown = node.attrs.src
    if (isMediaSrc(src)) found.add(src)
  })
  return [...found]
}

/**
 * Marks where a spec's content goes; a NUL cannot come from text, which {@link escapeHtml} cleans.
 */
const HOLE = '\u0000'

function isAttrs(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Writes a `toDOM` output spec (`['p', {dir: 'auto'}, 0]`, nested arrays, strings) as HTML, with
 * {@link HOLE} where the node's content goes. Elements and attributes pass the allow-lists of
 * safe-markup.ts; a link without a safe address or an element not allowed keeps only its content,
 * an image without a stored source is left out.
 */
function writeSpec(spec: DOMOutputSpec | 0, options: BodyRenderOptions, out: string[]): void {
  if (spec === 0) {
    out.push(HOLE)
    return
  }
  if (typeof spec === 'string') {
    out.push(escapeHtml(spec))
    return
  }
  if (!Array.isArray(spec)) throw new Error('A schema node renders to a DOM node, not a spec.')
  const [rawTag, maybeAttrs, ...rest] = spec as readonly unknown[]
  const tag = String(rawTag).toLowerCase()
  const children = (isAttrs(maybeAttrs) ? rest : [maybeAttrs, ...rest]).filter(
    (child) => child !== undefined,
  ) as (DOMOutputSpec | 0)[]
  const attrs = safeAttributes(tag, isAttrs(maybeAttrs) ? maybeAttrs : {})
  let keep = isAllowedElement(tag)
  if (tag === 'a') {
    if (attrs.has('href')) attrs.set('rel', 'noopener noreferrer')
    else keep = false
  }
  if (tag === 'img') {
    const stored = isAttrs(maybeAttrs) ? maybeAttrs.src : undefined
    const src = isMediaSrc(stored) ? options.imageSrc(stored) : null
    if (!src) return
    attrs.set('src', src)
    if (!attrs.has('alt')) attrs.set('alt', '')
  }
  if (!keep) {
    if (!VOID_ELEMENTS.has(tag)) for (const child of children) writeSpec(child, options, out)
    return
  }
  out.push(`<${tag}`)
  for (const [name, value] of attrs) out.push(` ${name}="${escapeHtml(value)}"`)
  out.push('>')
  if (VOID_ELEMENTS.has(tag)) return
  for (const child of children) writeSpec(child, options, out)
  out.push(`</${tag}>`)
  if (BLOCK_ELEMENTS.has(tag)) out.push('\n')
}

/** A spec as the HTML before and after its content. */
function specParts(spec: DOMOutputSpec, options: BodyRenderOptions): [string, string] {
  const out: string[] = []
  writeSpec(spec, options, out)
  const html = out.join('')
  const hole = html.indexOf(HOLE)
  return hole < 0 ? [html, ''] : [html.slice(0, hole), html.slice(hole + HOLE.length)]
}

/**
 * The inline content of a text block. Adjacent runs sharing marks share their elements, as in the
 * editor (`<strong>a <em>b</em></strong>`, not one `<strong>` per run).
 */
function writeInline(parent: PmNode, options: BodyRenderOptions, out: string[]): void {
  const open: { mark: Mark; after: string }[] = []
  parent.forEach((child) => {
    const marks = child.marks.filter((mark) => mark.type.spec.toDOM)
    let keep = 0
    while (keep < open.length && keep < marks.length && marks[keep]?.eq(open[keep]?.mark as Mark))
      keep++
    while (open.length > keep) out.push(open.pop()?.after ?? '')
    for (const mark of marks.slice(keep)) {
      const toDOM = mark.type.spec.toDOM as (mark: Mark, inline: boolean) => DOMOutputSpec
      const [before, after] = specParts(toDOM(mark, true), options)
      out.push(before)
      open.push({ mark, after })
    }
    writeNode(child, options, out)
  })
  while (open.length) out.push(open.pop()?.after ?? '')
}

function writeNode(node: PmNode, options: BodyRenderOptions, out: string[]): void {
  if (node.isText) {
    out.push(escapeHtml(node.text ?? ''))
    return
  }
  const toDOM = node.type.spec.toDOM
  const [before, after] = toDOM ? specParts(toDOM(node), options) : ['', '']
  out.push(before)
  if (node.inlineContent) writeInline(node, options, out)
  else
    node.forEach((child) => {
      writeNode(child, options, out)
    })
  out.push(after)
}

/**
 * Renders a schema-checked body ({@link parseBody}) to HTML with each node type's own `toDOM`, so
 * the export shows what the editor shows. Our own serializer rather than @tiptap/static-renderer,
 * which pins an older @tiptap/core; it escapes all text and attribute values and lets only the
 * allow-listed elements and attributes through (see safe-markup.ts).
 */
export function renderBody(doc: PmNode, options: BodyRenderOptions): string {
  const out: string[] = []
  doc.forEach((child) => {
    writeNode(child, options, out)
  })
  return out.join('')
}
