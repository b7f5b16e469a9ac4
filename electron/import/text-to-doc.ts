import { INVISIBLE_FORMATTING } from '../../shared/arabic/characters'
import type { DocNode } from '../../shared/articles/doc-schema'
import type { ImportedArticle } from './imported-article'

/**
 * Plain text: the first non-empty line is the title, every other non-empty line a paragraph.
 * Windows line endings, a byte-order mark and lines holding only invisible marks are tolerated.
 */
export function textToArticle(text: string): ImportedArticle {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.replace(INVISIBLE_FORMATTING, '').length > 0)
  const [title = '', ...paragraphs] = lines
  const content: DocNode[] = paragraphs.map((line) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: line }],
  }))
  return { title, body: { type: 'doc', content } }
}
