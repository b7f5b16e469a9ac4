import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { exportArticle } from '../../electron/export/export-article'
import { articleSchema } from '../../electron/export/render-body'
import type { Article, ArticleFields } from '../../shared/articles/article-schema'
import type { DocNode } from '../../shared/articles/doc-schema'
import type { Digits } from '../../shared/settings/settings-schema'
import { everyNodeFields, hostileFields } from '../support/export-fixtures'
import { validateHtml } from '../support/html-validator'
import { createTempDirs, sampleArticles } from './fixtures/data-dir'

const tempDir = createTempDirs()

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const PNG_SRC = `media/${'ef'.repeat(32)}.png`

const asArticle = (fields: ArticleFields, id: string, extra = {}): Article => ({
  ...fields,
  id,
  createdAt: '2026-11-24T09:30:00.000Z',
  updatedAt: '2026-11-25T12:00:00+03:00',
  revision: 1,
  ...extra,
})

/** Figures, when the schema has them: one with caption and credit, one without either. */
function withFigures(fields: ArticleFields): ArticleFields {
  if (!articleSchema().nodes.figure) return fields
  const figures: DocNode[] = [
    {
      type: 'figure',
      attrs: { src: PNG_SRC, alt: 'صورة', credit: 'المصور' },
      content: [{ type: 'text', text: 'تعليق' }],
    },
    { type: 'figure', attrs: { src: PNG_SRC, alt: '', credit: '' } },
    { type: 'figure', attrs: { src: 'javascript:alert(1)', alt: 'x', credit: '' } },
  ]
  return {
    ...fields,
    body: { ...fields.body, content: [...(fields.body.content ?? []), ...figures] },
  }
}

it('every exported page passes the W3C Nu HTML Checker with zero errors (one batched run)', async () => {
  const dir = await tempDir()
  const mediaDir = await tempDir()
  await writeFile(join(mediaDir, PNG_SRC.slice('media/'.length)), PNG)
  const pages: [string, Article, Digits][] = [
    ...sampleArticles.map((a): [string, Article, Digits] => [a.id, a, 'arabic']),
    ['sample-western-digits', sampleArticles[0] as Article, 'western'],
    ['hostile', asArticle(hostileFields(), 'hostile'), 'arabic'],
    ['every-node', asArticle(withFigures(everyNodeFields()), 'every-node'), 'arabic'],
    [
      'featured-image',
      asArticle(everyNodeFields(), 'featured', { featuredImage: { src: PNG_SRC, alt: 'صورة' } }),
      'western',
    ],
    [
      'empty',
      asArticle(
        {
          ...everyNodeFields(),
          title: '',
          standfirst: '',
          byline: '',
          tags: [],
          body: { type: 'doc' },
        },
        'empty',
      ),
      'arabic',
    ],
  ]
  const files: string[] = []
  for (const [name, article, digits] of pages) {
    const { html } = await exportArticle(article, { mediaDir, digits })
    const file = join(dir, `${name}.html`)
    await writeFile(file, html)
    files.push(file)
  }
  const started = performance.now()
  const reports = validateHtml(files)
  console.info(`vnu checked ${files.length} pages in ${Math.round(performance.now() - started)} ms`)
  for (const file of files) {
    const errors = reports.get(file)?.errors.map((e) => `line ${e.lastLine}: ${e.message}`)
    expect(errors, file).toEqual([])
  }
  // The checker does look: it finds an error in a page that has one.
  const broken = join(dir, 'broken.html')
  await writeFile(
    broken,
    '<!doctype html><html lang="ar"><head><title></title></head><body><p dir="up">x</body></html>',
  )
  expect(validateHtml([broken]).get(broken)?.errors.length).toBeGreaterThan(0)
}, 120_000)
