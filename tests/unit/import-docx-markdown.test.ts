import { readdir } from 'node:fs/promises'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { docxToArticle } from '../../electron/import/docx-to-doc'
import { ImportError } from '../../electron/import/import-error'
import type { ImportedArticle } from '../../electron/import/imported-article'
import { markdownToArticle } from '../../electron/import/markdown-to-doc'
import { storeImages } from '../../electron/import/store-images'
import { MediaStore } from '../../electron/media/media-store'
import { type Doc, type DocNode, DocSchema } from '../../shared/articles/doc-schema'
import { docToPlainText } from '../../shared/doc/doc-text'
import { buildDocx } from '../fixtures/import/build-docx'
import { png, svg } from '../support/test-images'
import { createTempDirs } from './fixtures/data-dir'

const tempDir = createTempDirs()
const nodes = (root: DocNode): DocNode[] => [root, ...(root.content ?? []).flatMap(nodes)]
const ofType = (root: DocNode, type: string) => nodes(root).filter((n) => n.type === type)
const linkOf = (node: DocNode | undefined) => node?.marks?.find((m) => m.type === 'link')?.attrs

const STORY =
  'أعلنت وزارة التربية والتعليم اليوم عن موعد امتحانات الثانوية العامة، وأكدت أن الجداول ستنشر على موقعها الرسمي خلال أيام.'

describe('DOCX', () => {
  let docx: Buffer
  let article: ImportedArticle
  beforeAll(async () => {
    docx = await buildDocx([
      { p: 'الوزارة تعلن موعد امتحانات الثانوية العامة', style: 'Title' },
      { p: STORY },
      { p: 'تفاصيل الجدول', style: 'Heading2' },
      { p: '«الامتحانات في موعدها دون تأجيل»', style: 'Quote' },
      { bullet: 'اللغة العربية يوم الأحد' },
      { bullet: 'الرياضيات يوم الثلاثاء' },
      { link: 'موقع الوزارة', href: 'https://moe.example.gov/exams', before: 'التفاصيل على ' },
      { link: 'رابط خبيث', href: 'javascript:alert(1)' },
      { image: png(4, 3), alt: 'الوزير خلال المؤتمر الصحفي' },
      { image: png(1, 1), alt: '' },
      { p: 'شارك' },
      { p: 'اترك تعليقاً' },
    ])
    article = await docxToArticle(docx, 'exams.docx')
  })

  it('keeps the title, headings, quotes, lists and links', () => {
    expect(article.title).toBe('الوزارة تعلن موعد امتحانات الثانوية العامة')
    expect(docToPlainText(article.body)).not.toContain(article.title)
    expect(ofType(article.body, 'heading').map((h) => docToPlainText(h))).toEqual(['تفاصيل الجدول'])
    expect(ofType(article.body, 'blockquote').map((q) => docToPlainText(q))).toEqual([
      '«الامتحانات في موعدها دون تأجيل»',
    ])
    const list = ofType(article.body, 'bulletList')[0]
    expect(list?.content?.map((item) => docToPlainText(item))).toEqual([
      'اللغة العربية يوم الأحد',
      'الرياضيات يوم الثلاثاء',
    ])
    const texts = ofType(article.body, 'text')
    expect(linkOf(texts.find((t) => t.text === 'موقع الوزارة'))).toEqual({
      href: 'https://moe.example.gov/exams',
    })
    expect(texts.find((t) => t.text === 'رابط خبيث')?.marks).toBeUndefined()
    expect(DocSchema.safeParse(article.body).success).toBe(true)
  })

  it('turns its pictures into figures with their alt text, then stores them as media', async () => {
    const embedded = ofType(article.body, 'figure')
    expect(embedded.map((f) => f.attrs?.alt)).toEqual(['الوزير خلال المؤتمر الصحفي', ''])
    const mediaDir = await tempDir()
    const store = new MediaStore(mediaDir)
    const { article: stored, stored: count } = await storeImages(article, (name, data) =>
      store.add(name, data),
    )
    // The 1×1 picture is a tracking pixel: dropped, not stored, not reported.
    expect(count).toBe(1)
    expect(stored.skippedImages).toBeUndefined()
    const figures = ofType(stored.body, 'figure')
    expect(figures).toHaveLength(1)
    expect(figures[0]?.attrs).toEqual({
      src: expect.stringMatching(/^media\/[0-9a-f]{64}\.png$/),
      alt: 'الوزير خلال المؤتمر الصحفي',
      credit: '',
    })
    expect(await readdir(mediaDir)).toEqual([String(figures[0]?.attrs?.src).slice(6)])
    expect(JSON.stringify(stored.body)).not.toContain('data:')
  })

  it('an image the media store refuses is left out and reported with the reason', async () => {
    const fake = `data:image/png;base64,${svg().toString('base64')}`
    const body: Doc = {
      type: 'doc',
      content: [{ type: 'figure', attrs: { src: fake, alt: 'رسم', credit: '' } }],
    }
    const store = new MediaStore(await tempDir())
    const { article: stored } = await storeImages({ title: 'خبر', body }, (n, d) => store.add(n, d))
    expect(stored.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
    expect(stored.skippedImages).toEqual([
      expect.objectContaining({
        alt: 'رسم',
        reason: 'refused',
        detail: expect.stringMatching(/SVG/),
      }),
    ])
  })

  it('refuses files that are not Word documents, or that unpack to too much', async () => {
    await expect(docxToArticle(Buffer.from('%PDF-1.7 عنوان'), 'a.docx')).rejects.toThrow(
      new ImportError('a.docx is not a Word document (.docx).'),
    )
    const notWord = await new JSZip()
      .file('hello.txt', 'مرحبا')
      .generateAsync({ type: 'nodebuffer' })
    await expect(docxToArticle(notWord, 'b.docx')).rejects.toThrow(/not a Word document/)
    // A "bomb": a small archive whose directory says it unpacks to 200 MiB.
    const bomb = await new JSZip()
      .file('word/document.xml', '<w:document/>')
      .generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    const entry = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    bomb.writeUInt32LE(200 * 1024 * 1024, entry + 24)
    await expect(docxToArticle(bomb, 'c.docx')).rejects.toThrow(/unpacks to more than 100 MiB/)
  })
})

describe('Markdown', () => {
  const article = markdownToArticle(`# الحكومة تقر موازنة العام المقبل

${STORY}

## أبرز البنود

- زيادة مخصصات **التعليم**
- دعم *الصحة*

> «الموازنة تراعي محدودي الدخل»

التفاصيل في [بيان الوزارة](https://mof.example.gov/budget) و[رابط سيئ](javascript:alert(1)).

<script>alert("block")</script>

نص فيه <script>alert("inline")</script> وسم <span style="color:red">ملون</span> داخلي.

<div class="ad">
إعلان داخل كتلة HTML
</div>

![صورة الوزير](https://cdn.example.com/minister.jpg)
`)

  it('keeps the title, headings, lists, quotes and links', () => {
    expect(article.title).toBe('الحكومة تقر موازنة العام المقبل')
    expect(ofType(article.body, 'heading').map((h) => docToPlainText(h))).toEqual(['أبرز البنود'])
    const items = ofType(article.body, 'listItem').map((item) => docToPlainText(item))
    expect(items).toEqual(['زيادة مخصصات التعليم', 'دعم الصحة'])
    const texts = ofType(article.body, 'text')
    expect(texts.find((t) => t.text === 'التعليم')?.marks).toEqual([{ type: 'bold' }])
    expect(ofType(article.body, 'blockquote').map((q) => docToPlainText(q))).toEqual([
      '«الموازنة تراعي محدودي الدخل»',
    ])
    expect(linkOf(texts.find((t) => t.text === 'بيان الوزارة'))).toEqual({
      href: 'https://mof.example.gov/budget',
    })
    expect(
      nodes(article.body)
        .flatMap((n) => n.marks ?? [])
        .filter((m) => m.type === 'link'),
    ).toHaveLength(1)
  })

  it('passes no raw HTML through: scripts go with their code, other tags leave their text', () => {
    const json = JSON.stringify(article.body)
    expect(json).not.toMatch(/script|alert|style|color|<|&lt;/)
    const text = docToPlainText(article.body)
    expect(text).toContain('نص فيه وسم ملون داخلي.')
    expect(text).toContain('إعلان داخل كتلة HTML')
  })

  it('reports its remote image instead of fetching it', () => {
    expect(ofType(article.body, 'figure')).toEqual([])
    expect(article.skippedImages).toEqual([
      { src: 'https://cdn.example.com/minister.jpg', alt: 'صورة الوزير', reason: 'remote' },
    ])
  })
})
