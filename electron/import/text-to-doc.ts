import { INVISIBLE_FORMATTING } from '../../shared/arabic/characters'
import type { DocNode } from '../../shared/articles/doc-schema'
import type { ImportedArticle } from './imported-article'
import { headlineIndex } from './pick-title'

/**
 * Plain text: every non-empty line a paragraph, one of them the title. The title is the first
 * line the boilerplate clean-up keeps (see `headlineIndex`): a page copied from a browser starts
 * with "القائمة", "بحث" and breadcrumbs, which stay in the body for `cleanImported` to remove
 * (and list, so they can be put back). With no such line, the first line is the title.
 * Windows line endings, a byte-order mark and lines holding only invisible marks are tolerated.
 */
export function textToArticle(text: string): ImportedArticle {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.replace(INVISIBLE_FORMATTING, '').length > 0)
  const content: DocNode[] = lines.map((line) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: line }],
  }))
  const found = headlineIndex(content, 'first-kept')
  const index = Math.max(found, 0)
  content.splice(index, 1)
  return { title: lines[index] ?? '', body: { type: 'doc', content } }
}
