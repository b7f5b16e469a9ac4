import { parseDocument } from 'htmlparser2'
import MarkdownIt, { type Token } from 'markdown-it'
import { textOf } from './html-elements'
import { htmlToArticle } from './html-to-doc'
import type { ImportedArticle } from './imported-article'

/**
 * The parser: CommonMark with tables and strike-through, no typographic replacements (they would change the author's quotes
 * and dashes) and no linkify. `html: true` only so that raw HTML is recognised as such and can
 * be taken out (see {@link withoutRawHtml}); none of it is ever rendered.
 */
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false })
// Every link is parsed as a link: html-to-doc keeps a safe one and turns any other (javascript:,
// file:…) into its plain text, instead of leaving the Markdown source "[text](javascript:…)".
markdown.validateLink = () => true

/** Inline tags whose content is code or metadata, not text: dropped with what they hold. */
const OPAQUE_INLINE = /^<(script|style|textarea|title|noscript|template|iframe|object)\b/i

/**
 * Takes raw HTML out of a Markdown token stream, so no markup the author (or a page the text
 * was copied from) wrote in HTML reaches the article: an HTML block becomes its plain text
 * (scripts and styles without their code), an inline tag disappears, and `<script>…</script>`
 * written inline disappears with its content. What is left is Markdown's own output, which
 * html-to-doc then sanitises like any HTML.
 */
function withoutRawHtml(tokens: Token[]): Token[] {
  for (const token of tokens) {
    if (token.type === 'html_block') {
      token.type = 'text'
      token.content = textOf(parseDocument(token.content).children).replace(/\s+/g, ' ').trim()
    }
    if (!token.children) continue
    const children: Token[] = []
    let closing: RegExp | null = null
    for (const child of token.children) {
      if (closing) {
        if (child.type === 'html_inline' && closing.test(child.content)) closing = null
        continue
      }
      if (child.type !== 'html_inline') {
        children.push(child)
        continue
      }
      const opaque = OPAQUE_INLINE.exec(child.content)?.[1]
      if (opaque) closing = new RegExp(`^</${opaque}\\s*>`, 'i')
    }
    token.children = children
  }
  return tokens
}

/**
 * Markdown (`.md`): headings, paragraphs, lists, quotes, links, emphasis and images go through
 * html-to-doc, so they get the same allow-list and sanitising as an HTML file; raw HTML in the
 * Markdown is not passed through (see {@link withoutRawHtml}). The first `# heading` is the title.
 */
export function markdownToArticle(text: string): ImportedArticle {
  const tokens = withoutRawHtml(markdown.parse(text.replace(/^\uFEFF/, ''), {}))
  return htmlToArticle(markdown.renderer.render(tokens, markdown.options, {}))
}
