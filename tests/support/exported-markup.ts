import type { ChildNode, Element } from 'domhandler'
import { parseDocument } from 'htmlparser2'

/** Every element of a page, in document order, parsed as data (never given to a DOM). */
export function elementsOf(html: string): Element[] {
  const out: Element[] = []
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        out.push(node)
        walk(node.children)
      }
    }
  }
  walk(parseDocument(html).children)
  return out
}

/** The text inside an element. */
export function textOf(element: Element): string {
  return element.children
    .map((child) => {
      if (child.type === 'text') return child.data
      if (child.type === 'tag' || child.type === 'script' || child.type === 'style')
        return textOf(child)
      return ''
    })
    .join('')
}

/** Elements that can run script, load something or change where the page's links go. */
const SCRIPTABLE = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'base',
  'link',
  'form',
  'template',
  'noscript',
  'audio',
  'video',
  'source',
  'picture',
])
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/

/**
 * Everything in an exported page that could execute, load a resource or spoof text, described one
 * problem per string (empty when the page is clean): a script other than the JSON-LD data block,
 * or one whose content could end it early; a scriptable element; an event handler or style
 * attribute; a link that is not http(s)/mailto; an image that is not an embedded raster data: URI;
 * a bidi control anywhere but in text; a stylesheet that loads something.
 */
export function unsafeMarkup(html: string): string[] {
  const problems: string[] = []
  const elements = elementsOf(html)
  const scripts = elements.filter((e) => e.name === 'script')
  if (scripts.length !== 1) problems.push(`${scripts.length} script elements`)
  for (const script of scripts) {
    if (script.attribs.type !== 'application/ld+json')
      problems.push(`script of type ${script.attribs.type}`)
    const json = textOf(script)
    if (/[<>]/.test(json)) problems.push('a < or > inside the JSON-LD')
    if (BIDI_CONTROLS.test(json)) problems.push('a bidi control inside the JSON-LD')
    try {
      JSON.parse(json)
    } catch {
      problems.push('JSON-LD that is not JSON')
    }
  }
  const styles = elements.filter((e) => e.name === 'style')
  if (styles.length !== 1) problems.push(`${styles.length} style elements`)
  for (const style of styles)
    if (/url\((?!data:)|@import/i.test(textOf(style))) problems.push('a stylesheet that loads')
  for (const element of elements) {
    if (SCRIPTABLE.has(element.name)) problems.push(`a <${element.name}> element`)
    if (element.name === 'meta' && element.attribs['http-equiv'] !== undefined) {
      if (element.attribs['http-equiv'].toLowerCase() !== 'content-security-policy')
        problems.push(`meta http-equiv=${element.attribs['http-equiv']}`)
    }
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) problems.push(`an ${name} attribute on <${element.name}>`)
      if (['style', 'srcdoc', 'formaction', 'xlink:href', 'srcset', 'action'].includes(name))
        problems.push(`a ${name} attribute on <${element.name}>`)
      if (BIDI_CONTROLS.test(value)) problems.push(`a bidi control in ${element.name}[${name}]`)
    }
    const href = element.attribs.href
    if (href !== undefined && !/^(?:https?:\/\/|mailto:)/i.test(href))
      problems.push(`a link to ${href}`)
    if (element.name === 'a' && href !== undefined && element.attribs.rel !== 'noopener noreferrer')
      problems.push(`a link to ${href} with rel=${element.attribs.rel}`)
    if (element.attribs.target !== undefined) problems.push(`a target on <${element.name}>`)
    const src = element.attribs.src
    if (src !== undefined && !/^data:image\/(?:png|jpeg|gif|webp|avif);base64,/.test(src))
      problems.push(`a source ${src.slice(0, 60)}`)
    if (element.name === 'title' && BIDI_CONTROLS.test(textOf(element)))
      problems.push('a bidi control in <title>')
  }
  return problems
}
