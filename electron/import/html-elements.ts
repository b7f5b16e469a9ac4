import type { ChildNode, Element } from 'domhandler'

/**
 * Elements dropped together with everything inside them: code, embeds, forms, metadata.
 * `<img>` is not here: an embedded image becomes a figure (see `html-images.ts`); `<picture>`
 * is walked for its `<img>`, its `<source>` alternatives dropped.
 */
export const DROPPED = new Set([
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
  'map',
  'dialog',
  'slot',
])

/** Inline elements that become a TipTap mark. */
export const INLINE_MARKS: Record<string, string> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  ins: 'underline',
}

/** Midad articles have H2 and H3 only (the H1 is the title): deeper headings fold into H3. */
export const HEADING_LEVEL: Record<string, number> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 }

/** Elements that end the current paragraph: their content starts on a new block. */
export const BLOCK_CONTAINERS = new Set([
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

/** An element node (script and style elements have their own node types in domhandler). */
export const isElement = (node: ChildNode): node is Element =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style'

/**
 * True when a space must be put before `node` so that its words do not run into the previous
 * element's: a link right after another element with nothing between them, as share rows and
 * menus are written (`<a>فيسبوك</a><a>تويتر</a>`). Only links: in `<b>ال</b>عراق` or
 * `<span>ال</span><span>عراق</span>` the parts are one word, and a browser shows them as one.
 */
export function needsSpaceBefore(node: ChildNode): boolean {
  if (!isElement(node) || node.name !== 'a') return false
  let previous = node.prev
  while (previous && previous.type !== 'text' && !isElement(previous)) previous = previous.prev
  return previous !== null && isElement(previous)
}

/** The text inside `nodes`, without that of dropped elements (a script's code, a style sheet). */
export function textOf(nodes: ChildNode[]): string {
  return nodes
    .map((n) =>
      n.type === 'text' ? n.data : isElement(n) && !DROPPED.has(n.name) ? textOf(n.children) : '',
    )
    .join('')
}
