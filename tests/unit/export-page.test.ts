import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportArticle } from '../../electron/export/export-article'
import { exportFileName } from '../../electron/export/export-file-name'
import { scriptSafeJson } from '../../electron/export/json-ld'
import { articleSchema } from '../../electron/export/render-body'
import type { Article, ArticleFields } from '../../shared/articles/article-schema'
import type { Digits } from '../../shared/settings/settings-schema'
import { everyNodeFields, hostileFields, PWNED } from '../support/export-fixtures'
import { elementsOf, textOf, unsafeMarkup } from '../support/exported-markup'
import { createTempDirs } from './fixtures/data-dir'

const tempDir = createTempDirs()

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const PNG_SRC = `media/${'ab'.repeat(32)}.png`

function article(fields: ArticleFields, extra: Record<string, unknown> = {}): Article {
  return {
    ...fields,
    id: 'test-article',
    createdAt: '2026-11-24T09:30:00.000Z',
    updatedAt: '2026-11-25T12:00:00.000Z',
    revision: 3,
    ...extra,
  }
}

async function exportPage(a: Article, digits: Digits = 'arabic', mediaDir?: string) {
  const dir = mediaDir ?? (await tempDir())
  return exportArticle(a, { mediaDir: dir, digits, timeZone: 'UTC' })
}

const one = (html: string, selector: (e: ReturnType<typeof elementsOf>[number]) => boolean) =>
  elementsOf(html).filter(selector)
const meta = (html: string, key: string) =>
  one(html, (e) => e.name === 'meta' && (e.attribs.name === key || e.attribs.property === key)).map(
    (e) => e.attribs.content,
  )

describe('the exported page', () => {
  it('is a complete Arabic document with the metadata of the article', async () => {
    const { html, fileName } = await exportPage(article(everyNodeFields(), { excerpt: 'ملخص' }))
    expect(fileName).toBe('every-node.html')
    expect(
      html.startsWith(
        '<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
      ),
    ).toBe(true)
    expect(textOf(one(html, (e) => e.name === 'title')[0] as never)).toBe(
      'مقال فيه كل عقدة: Mixed العربية and English',
    )
    expect(meta(html, 'description')).toEqual(['ملخص'])
    expect(meta(html, 'og:type')).toEqual(['article'])
    expect(meta(html, 'og:title')).toEqual(['مقال فيه كل عقدة: Mixed العربية and English'])
    expect(meta(html, 'og:description')).toEqual(['ملخص'])
    expect(meta(html, 'og:locale')).toEqual(['ar_AR'])
    expect(meta(html, 'article:published_time')).toEqual(['2026-11-24T09:30:00.000Z'])
    expect(meta(html, 'article:modified_time')).toEqual(['2026-11-25T12:00:00.000Z'])
    expect(meta(html, 'article:tag')).toEqual(['اختبار', 'HTML'])
    const h1 = one(html, (e) => e.name === 'h1')
    expect(h1.map(textOf)).toEqual(['مقال فيه كل عقدة: Mixed العربية and English'])
    expect(html).toContain(
      '<p class="standfirst" dir="auto">مقدمة المقال التي تظهر تحت العنوان.</p>',
    )
    expect(html).toContain('<span class="byline">بقلم فريق الاختبار</span>')
    expect(html).toContain('<time datetime="2026-11-24T09:30:00.000Z">٢٤ نوفمبر ٢٠٢٦</time>')
    const elements = elementsOf(html)
    const tags = elements.find((e) => e.name === 'ul' && e.attribs.class === 'tags')
    expect(tags?.attribs['aria-label']).toBe('الوسوم')
    const items = elements.filter((e) => e.name === 'li' && e.parent === tags)
    expect(items.map(textOf)).toEqual(['اختبار', 'HTML'])
    expect(unsafeMarkup(html)).toEqual([])
  })

  it('writes the date with Western digits under the house setting', async () => {
    const { html } = await exportPage(article(everyNodeFields()), 'western')
    expect(html).toContain('<time datetime="2026-11-24T09:30:00.000Z">24 نوفمبر 2026</time>')
  })

  it('names every month the same way in both digit styles', async () => {
    const { arabicDate } = await import('../../electron/export/article-date')
    const months = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس']
    months.push('سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر')
    months.forEach((month, i) => {
      const iso = new Date(Date.UTC(2026, i, 5)).toISOString()
      expect(arabicDate(iso, 'arabic', 'UTC')).toBe(`٥ ${month} ٢٠٢٦`)
      expect(arabicDate(iso, 'western', 'UTC')).toBe(`5 ${month} 2026`)
    })
  })

  it('takes the description from the standfirst when there is no excerpt, and omits it when neither', async () => {
    const fields = everyNodeFields()
    expect(meta((await exportPage(article(fields))).html, 'description')).toEqual([
      'مقدمة المقال التي تظهر تحت العنوان.',
    ])
    const bare = { ...fields, standfirst: '', byline: '', tags: [], title: '' }
    const { html } = await exportPage(article(bare))
    expect(meta(html, 'description')).toEqual([])
    expect(meta(html, 'og:description')).toEqual([])
    expect(html).toContain('<title>بلا عنوان</title>')
    expect(html).not.toContain('class="byline"')
    expect(html).not.toContain('class="tags"')
  })

  it('carries a JSON-LD NewsArticle with headline, dates, author and description', async () => {
    const { html } = await exportPage(article(everyNodeFields(), { excerpt: 'ملخص' }))
    const script = one(html, (e) => e.name === 'script')[0]
    expect(script?.attribs.type).toBe('application/ld+json')
    expect(JSON.parse(textOf(script as never))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'مقال فيه كل عقدة: Mixed العربية and English',
      description: 'ملخص',
      datePublished: '2026-11-24T09:30:00.000Z',
      dateModified: '2026-11-25T12:00:00.000Z',
      author: [{ '@type': 'Person', name: 'فريق الاختبار' }],
      keywords: ['اختبار', 'HTML'],
      inLanguage: 'ar',
    })
  })

  it('escapes JSON-LD so a </script> in a headline cannot end the data block', async () => {
    const headline = '</script><script>alert(1)</script><!-- & \u2028\u2029'
    const json = scriptSafeJson({ headline })
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json)).toEqual({ headline })
    const { html } = await exportPage(article({ ...everyNodeFields(), title: headline }))
    const scripts = one(html, (e) => e.name === 'script')
    expect(scripts).toHaveLength(1)
    // One-line metadata collapses white space, U+2028 and U+2029 included.
    expect(JSON.parse(textOf(scripts[0] as never)).headline).toBe(headline.trim())
  })

  it('embeds the Arabic font and loads nothing from the network', async () => {
    const { html } = await exportPage(article(everyNodeFields()))
    const css = textOf(one(html, (e) => e.name === 'style')[0] as never)
    expect(css.match(/@font-face/g)).toHaveLength(2)
    expect(css).toMatch(/font-weight: 400;[^}]*src: url\(data:font\/woff2;base64,d09GMg/)
    expect(css).toMatch(/font-weight: 700;[^}]*src: url\(data:font\/woff2;base64,d09GMg/)
    expect(css).toContain('@media print')
    expect(css).not.toMatch(/url\((?!data:)|@import|https?:/)
    expect(meta(html, 'viewport')).toEqual(['width=device-width, initial-scale=1'])
  })

  it('makes a safe file name from the slug, else the id', () => {
    expect(exportFileName({ slug: 'معرض-الزيتونة-للكتاب-2026', id: 'x' })).toBe(
      'معرض-الزيتونة-للكتاب-2026.html',
    )
    expect(exportFileName({ slug: '../../etc/passwd\u202E<x>', id: 'x' })).toBe('etc-passwd-x.html')
    expect(exportFileName({ slug: '  ', id: 'sample-water' })).toBe('sample-water.html')
    expect(exportFileName({ slug: '...', id: '___' })).toBe('___.html')
    expect(exportFileName({ slug: 'الْعِرَاق اليوم', id: 'x' })).toBe('الْعِرَاق-اليوم.html')
    expect(exportFileName({ slug: 'CON', id: 'x' })).toBe('CON-article.html')
  })
})

describe('a hostile article', () => {
  it('exports to a page in which nothing can execute, load or spoof', async () => {
    const { html, fileName } = await exportPage(article(hostileFields()))
    expect(unsafeMarkup(html)).toEqual([])
    expect(fileName).toMatch(/^[\p{L}\p{N}_-]+\.html$/u)
    // The payloads are there, as text a reader sees, never as markup.
    expect(html).not.toMatch(/<(?:script|svg|iframe|img)[\s>](?![^<]*application\/ld\+json)/i)
    expect(html).toContain(`&lt;script&gt;window.${PWNED}`)
    const body = elementsOf(html).find((e) => e.attribs.class === 'article-body')
    const links = elementsOf(html).filter((e) => e.name === 'a')
    expect(links.map((a) => a.attribs.href)).toEqual([
      'https://example.com/ok',
      'https://example.com/%22%20onmouseover=%22window.__midadPwned=1;alert(1)',
    ])
    expect(links[0]?.attribs).toEqual({
      href: 'https://example.com/ok',
      title: `"><script>window.${PWNED}=1;alert(1)</script>`,
      rel: 'noopener noreferrer',
    })
    expect(textOf(body as never)).toContain('رابط 0 رابط 1')
  })

  it('keeps RTL overrides only as text in the body and header, out of the title and metadata', async () => {
    const { html } = await exportPage(article(hostileFields()))
    const title = textOf(one(html, (e) => e.name === 'title')[0] as never)
    expect(title.startsWith('كارثة </title></script><script>')).toBe(true)
    expect(textOf(one(html, (e) => e.name === 'h1')[0] as never)).toContain('\u202Eكارثة\u202C')
    expect(meta(html, 'article:tag')).toContain('وسم')
  })

  it('drops a hostile featured image and embeds a stored one', async () => {
    const mediaDir = await tempDir()
    await writeFile(join(mediaDir, PNG_SRC.slice('media/'.length)), PNG)
    const hostile = [
      { src: `javascript:window.${PWNED}=1`, alt: 'x' },
      { src: 'data:image/svg+xml,<svg onload="alert(1)"/>', alt: 'x' },
      { src: `media/${'cd'.repeat(32)}.png`, alt: 'missing file' },
      { src: '../../../etc/passwd', alt: 'x' },
    ]
    for (const featuredImage of hostile) {
      const { html } = await exportPage(
        article(hostileFields(), { featuredImage }),
        'arabic',
        mediaDir,
      )
      expect(
        one(html, (e) => e.name === 'img'),
        featuredImage.src,
      ).toEqual([])
    }
    const alt = `" onerror="window.${PWNED}=1`
    const { html } = await exportPage(
      article(everyNodeFields(), { featuredImage: { src: PNG_SRC, alt } }),
      'arabic',
      mediaDir,
    )
    const images = one(html, (e) => e.name === 'img')
    expect(images.map((i) => i.attribs)).toEqual([
      { src: `data:image/png;base64,${PNG.toString('base64')}`, alt },
    ])
    expect(unsafeMarkup(html)).toEqual([])
  })
})

const hasFigure = Boolean(articleSchema().nodes.figure)
if (!hasFigure)
  console.info('Figure export tests skipped: the article schema has no figure node yet.')

describe.skipIf(!hasFigure)('figures (once the schema has them)', () => {
  const figure = (attrs: Record<string, unknown>) => ({
    type: 'figure',
    attrs,
    content: [{ type: 'text', text: 'تعليق الصورة' }],
  })

  it('renders a stored image with its alt text, caption and credit, embedded', async () => {
    const mediaDir = await tempDir()
    await writeFile(join(mediaDir, PNG_SRC.slice('media/'.length)), PNG)
    const fields = everyNodeFields()
    fields.body.content?.push(figure({ src: PNG_SRC, alt: 'وصف الصورة', credit: 'المصور' }))
    const { html } = await exportPage(article(fields), 'arabic', mediaDir)
    const img = one(html, (e) => e.name === 'img')
    expect(img.map((i) => i.attribs.alt)).toEqual(['وصف الصورة'])
    expect(img[0]?.attribs.src).toBe(`data:image/png;base64,${PNG.toString('base64')}`)
    const caption = one(html, (e) => e.name === 'figcaption')
    expect(textOf(caption[0] as never)).toContain('تعليق الصورة')
    expect(textOf(caption[0] as never)).toContain('المصور')
    expect(unsafeMarkup(html)).toEqual([])
  })

  it('drops images whose attributes are hostile', async () => {
    const fields = everyNodeFields()
    for (const src of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'https://evil.example/x.png',
      `media/${'ab'.repeat(32)}.svg`,
    ])
      fields.body.content?.push(
        figure({ src, alt: `" onerror="alert(1)`, credit: '<script>x</script>' }),
      )
    const { html } = await exportPage(article(fields))
    expect(one(html, (e) => e.name === 'img')).toEqual([])
    expect(unsafeMarkup(html)).toEqual([])
  })
})
