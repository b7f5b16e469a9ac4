import { countWords } from '../arabic/word-count'
import type { ArticleFields } from '../articles/article-schema'
import type { DocNode } from '../articles/doc-schema'
import { docToPlainText } from '../doc/doc-text'
import { httpUrl } from '../editor/schema-extensions'
import { docFigures } from '../media/doc-images'
import { isValidSlug, slugKey } from './slug'

/** Fewest words a publishable body has. */
export const MIN_BODY_WORDS = 50
/** Longest title, in characters a reader sees, before it is flagged (search results cut it). */
export const MAX_TITLE_CHARS = 70

/** The checks, by id; the panel words each one and knows which field fixes it. */
export type CheckId =
  | 'title'
  | 'slug'
  | 'words'
  | 'links'
  | 'alt'
  | 'target'
  | 'titleLength'
  | 'summary'
  | 'taxonomy'

/** The field (or screen) that fixes a failed check, for the panel to jump to. */
export type CheckField = 'title' | 'slug' | 'body' | 'excerpt' | 'tags' | 'targets'

/** One item of the pre-publish checklist. */
export interface CheckItem {
  id: CheckId
  /** Blocking items disable Publish; warnings only inform. */
  severity: 'blocking' | 'warning'
  ok: boolean
  field: CheckField
  /** Facts for the message: the word count, the bad links, the title's length, … */
  details?: Record<string, number | string | string[]>
}

/** What the checks need besides the article. */
export interface CheckContext {
  /** Slugs of the other articles, to find a clash. */
  otherSlugs: Iterable<string>
  /** Publishing targets configured. */
  targets: number
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
/** Characters as a reader counts them: a letter with its diacritics is one. */
const visibleLength = (text: string) => [...graphemes.segment(text.trim())].length

/** Every link address in a document, in order, found without recursion. */
function linkHrefs(doc: DocNode): string[] {
  const hrefs: string[] = []
  const stack: DocNode[] = [doc]
  while (stack.length) {
    const node = stack.pop() as DocNode
    for (const mark of node.marks ?? [])
      if (mark.type === 'link') hrefs.push(String(mark.attrs?.href ?? ''))
    for (const child of [...(node.content ?? [])].reverse()) stack.push(child)
  }
  return hrefs
}

/**
 * The pre-publish checklist of an article, in the order the panel shows it. Blocking: a title, a
 * valid slug no other article has, a body of at least {@link MIN_BODY_WORDS} words (counted the
 * Arabic way), every link http(s), every image with alt text, a target. Warnings: a title over
 * {@link MAX_TITLE_CHARS} characters, no excerpt or standfirst, no tag or category.
 */
export function prePublishChecks(article: ArticleFields, context: CheckContext): CheckItem[] {
  const words = countWords(docToPlainText(article.body))
  const badLinks = [...new Set(linkHrefs(article.body).filter((href) => httpUrl(href) === null))]
  const noAlt = docFigures(article.body).filter((f) => typeof f.alt !== 'string' || !f.alt.trim())
  const featuredNoAlt = article.featuredImage ? !article.featuredImage.alt.trim() : false
  const taken = new Set([...context.otherSlugs].map(slugKey))
  const slug = article.slug.trim()
  const slugProblem = !slug
    ? 'missing'
    : !isValidSlug(slug)
      ? 'invalid'
      : taken.has(slugKey(slug))
        ? 'taken'
        : null
  const titleLength = visibleLength(article.title)
  return [
    { id: 'title', severity: 'blocking', ok: article.title.trim() !== '', field: 'title' },
    {
      id: 'slug',
      severity: 'blocking',
      ok: slugProblem === null,
      field: 'slug',
      ...(slugProblem ? { details: { problem: slugProblem } } : {}),
    },
    {
      id: 'words',
      severity: 'blocking',
      ok: words >= MIN_BODY_WORDS,
      field: 'body',
      details: { words },
    },
    {
      id: 'links',
      severity: 'blocking',
      ok: badLinks.length === 0,
      field: 'body',
      details: { links: badLinks },
    },
    {
      id: 'alt',
      severity: 'blocking',
      ok: noAlt.length === 0 && !featuredNoAlt,
      field: 'body',
      details: { figures: noAlt.length + (featuredNoAlt ? 1 : 0) },
    },
    { id: 'target', severity: 'blocking', ok: context.targets > 0, field: 'targets' },
    {
      id: 'titleLength',
      severity: 'warning',
      ok: titleLength <= MAX_TITLE_CHARS,
      field: 'title',
      details: { length: titleLength },
    },
    {
      id: 'summary',
      severity: 'warning',
      ok: article.excerpt.trim() !== '' || article.standfirst.trim() !== '',
      field: 'excerpt',
    },
    {
      id: 'taxonomy',
      severity: 'warning',
      ok: article.tags.length > 0 || article.category.trim() !== '',
      field: 'tags',
    },
  ]
}

/** True when no blocking item fails: Publish may be pressed. */
export const canPublish = (items: readonly CheckItem[]): boolean =>
  items.every((item) => item.ok || item.severity === 'warning')
