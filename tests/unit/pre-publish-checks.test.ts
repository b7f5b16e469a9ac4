import { describe, expect, it } from 'vitest'
import type { Article, ArticleFields } from '../../shared/articles/article-schema'
import type { DocNode } from '../../shared/articles/doc-schema'
import {
  type CheckId,
  canPublish,
  MAX_TITLE_CHARS,
  MIN_BODY_WORDS,
  prePublishChecks,
} from '../../shared/publish/pre-publish-checks'
import { isValidSlug } from '../../shared/publish/slug'
import { sampleArticles } from './fixtures/data-dir'

const paragraph = (text: string, marks?: DocNode['marks']): DocNode => ({
  type: 'paragraph',
  content: [marks ? { type: 'text', text, marks } : { type: 'text', text }],
})

/** A body of `n` Arabic words, each with diacritics or tatweel, and punctuation that is no word. */
const words = (n: number): ArticleFields['body'] => ({
  type: 'doc',
  content: [paragraph(Array.from({ length: n }, (_, i) => (i % 2 ? 'كَتَبَ' : 'مـداد')).join(' ، '))],
})

function article(patch: Partial<ArticleFields> = {}): ArticleFields {
  return {
    title: 'عنوان المقال',
    standfirst: 'مقدمة',
    body: words(MIN_BODY_WORDS),
    excerpt: '',
    slug: 'عنوان-المقال',
    byline: 'محرر',
    tags: ['سياسة'],
    category: '',
    status: 'draft',
    ...patch,
  }
}

const context = { otherSlugs: ['economy-today', 'مقال-آخر'], targets: 1 }
const failed = (fields: ArticleFields, ctx = context): CheckId[] =>
  prePublishChecks(fields, ctx)
    .filter((item) => !item.ok)
    .map((item) => item.id)

describe('the pre-publish checklist', () => {
  it('passes a complete article, and a target is what the sample newsroom still lacks', () => {
    expect(failed(article())).toEqual([])
    expect(canPublish(prePublishChecks(article(), context))).toBe(true)
    const sample = sampleArticles.find((a) => a.status === 'published') as Article
    const items = prePublishChecks(sample, { otherSlugs: [], targets: 0 })
    expect(items.filter((i) => !i.ok).map((i) => i.id)).toEqual(['target'])
    expect(canPublish(items)).toBe(false)
  })

  it('blocks an article without a title, and says which field fixes it', () => {
    const items = prePublishChecks(article({ title: '  ' }), context)
    expect(items.find((i) => i.id === 'title')).toMatchObject({ ok: false, field: 'title' })
    expect(canPublish(items)).toBe(false)
  })

  it('counts words the Arabic way: diacritics and tatweel do not split words, "،" is no word', () => {
    expect(failed(article({ body: words(MIN_BODY_WORDS - 1) }))).toEqual(['words'])
    const item = prePublishChecks(article({ body: words(MIN_BODY_WORDS - 1) }), context)[2]
    expect(item).toMatchObject({ id: 'words', details: { words: MIN_BODY_WORDS - 1 } })
    expect(failed(article({ body: words(MIN_BODY_WORDS) }))).toEqual([])
  })

  it('blocks a slug that is missing, invalid, or taken (also by case or Unicode form)', () => {
    const problem = (slug: string) =>
      prePublishChecks(article({ slug }), { otherSlugs: ['Gaza-War', 'مقال-آخر'], targets: 1 })[1]
        ?.details?.problem
    expect(problem('')).toBe('missing')
    for (const bad of ['two words', '../x', 'a.html', 'a--b', '-a', 'ا\u202Eب', 'x'.repeat(101)])
      expect(problem(bad), bad).toBe('invalid')
    expect(problem('gaza-war')).toBe('taken')
    expect(problem('مقال-آخر')).toBe('taken')
    // The same letters in decomposed form are not a new slug: NFD is refused as it stands.
    expect(isValidSlug('مقال-آخر'.normalize('NFD'))).toBe(false)
    expect(problem('مقال-جديد-٢٠٢٦')).toBeUndefined()
  })

  it('blocks links a reader cannot follow, naming each', () => {
    const link = (href: string) => [{ type: 'link', attrs: { href } }]
    const body: ArticleFields['body'] = {
      type: 'doc',
      content: [
        ...(words(MIN_BODY_WORDS).content ?? []),
        paragraph('صالح', link('https://example.com/خبر')),
        paragraph('سيئ', link('javascript:alert(1)')),
        paragraph('نسبي', link('/relative')),
        paragraph('بريد', link('mailto:desk@example.com')),
      ],
    }
    const item = prePublishChecks(article({ body }), context).find((i) => i.id === 'links')
    expect(item).toMatchObject({
      ok: false,
      details: { links: ['javascript:alert(1)', '/relative', 'mailto:desk@example.com'] },
    })
  })

  it('blocks an image without alt text, in the body or as the featured image', () => {
    const figure = (alt: string): DocNode => ({
      type: 'figure',
      attrs: { src: `media/${'a'.repeat(64)}.png`, alt },
      content: [{ type: 'figcaption' }],
    })
    const body: ArticleFields['body'] = {
      type: 'doc',
      content: [...(words(MIN_BODY_WORDS).content ?? []), figure('صورة'), figure(' ')],
    }
    expect(failed(article({ body }))).toEqual(['alt'])
    const featured = { src: `media/${'b'.repeat(64)}.jpg`, alt: '   ' }
    expect(failed(article({ featuredImage: featured }))).toEqual(['alt'])
  })

  it('warns of a long title counted in characters a reader sees, a missing summary and no tags', () => {
    const letters = (n: number) => 'بَ'.repeat(n)
    expect(failed(article({ title: letters(MAX_TITLE_CHARS) }))).toEqual([])
    expect(failed(article({ title: letters(MAX_TITLE_CHARS + 1) }))).toEqual(['titleLength'])
    expect(failed(article({ standfirst: '', excerpt: '' }))).toEqual(['summary'])
    expect(failed(article({ excerpt: 'ملخص', standfirst: '' }))).toEqual([])
    expect(failed(article({ tags: [], category: '' }))).toEqual(['taxonomy'])
    expect(failed(article({ tags: [], category: 'اقتصاد' }))).toEqual([])
    // Warnings never block.
    const warned = article({ title: letters(90), standfirst: '', tags: [] })
    expect(canPublish(prePublishChecks(warned, context))).toBe(true)
  })
})
