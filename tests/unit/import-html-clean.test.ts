import { describe, expect, it } from 'vitest'
import { cleanImported } from '../../electron/import/clean-import'
import { htmlToArticle } from '../../electron/import/html-to-doc'
import { textToArticle } from '../../electron/import/text-to-doc'
import { type DocNode, DocSchema, emptyDoc } from '../../shared/articles/doc-schema'
import { docToPlainText } from '../../shared/doc/doc-text'

/** Every node of a document, depth first. */
const nodes = (root: DocNode): DocNode[] => [root, ...(root.content ?? []).flatMap(nodes)]
const figures = (root: DocNode) => nodes(root).filter((n) => n.type === 'figure')

/** A real 2×2 PNG and a 1×1 GIF, as pages embed them. */
const PNG_2X2 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGNgqDgBQTAWAwMAp2QHCSFl0I0AAAAASUVORK5CYII='
const GIF_1X1 = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'

describe('words in links written side by side', () => {
  it('a share row of adjacent links keeps its words apart', () => {
    const { body } = htmlToArticle(
      '<p><span>شارك</span><a href="https://facebook.com/s">فيسبوك</a><a href="https://twitter.com/s">تويتر</a><a>واتساب</a></p>',
    )
    expect(docToPlainText(body)).toBe('شارك فيسبوك تويتر واتساب')
  })

  it('adjacent links at block level (a menu with no white space) too', () => {
    const { body } = htmlToArticle(
      '<nav><a href="https://example.com/">الرئيسية</a><a href="https://example.com/s">سياسة</a></nav>',
    )
    expect(docToPlainText(body)).toBe('الرئيسية سياسة')
  })

  it('parts of one word in other inline elements stay one word', () => {
    const { body } = htmlToArticle('<p>زار <b>ال</b>عراق و<span>ال</span><span>أردن</span></p>')
    expect(docToPlainText(body)).toBe('زار العراق والأردن')
  })

  it('a link after text keeps the text as written', () => {
    const { body } = htmlToArticle('<p>و<a href="https://example.com/">الرابط</a></p>')
    expect(docToPlainText(body)).toBe('والرابط')
  })
})

describe('what the HTML import drops', () => {
  it('tracking pixels: 1×1, hidden, or from a tracker, and not reported as images', () => {
    const article = htmlToArticle(`<h1>خبر</h1><p>متن الخبر
      <img src="https://www.facebook.com/tr?id=1&ev=PageView" alt="">
      <img src="https://news.example/pixel.gif" width="1" height="1">
      <img src="https://news.example/p.gif" style="display:none">
      <img src="https://ssl.google-analytics.com/collect?v=1">
      <img src="${GIF_1X1}" width="1" height="1"></p>`)
    expect(figures(article.body)).toEqual([])
    expect(article.skippedImages).toBeUndefined()
    expect(JSON.stringify(article.body)).not.toMatch(/facebook|pixel|analytics|data:/)
    expect(docToPlainText(article.body)).toBe('متن الخبر')
  })

  it('inline styles, classes and ids, with nothing of them left', () => {
    const { body } = htmlToArticle(
      '<p style="color:red;font-size:40px" class="lead" id="x"><span style="background:url(https://t.example/x)">نص</span> <b style="color:blue">عريض</b></p>',
    )
    expect(docToPlainText(body)).toBe('نص عريض')
    expect(JSON.stringify(body)).not.toMatch(/color|style|lead|background|t\.example/)
  })

  it('empty paragraphs: white space, &nbsp;, a lone <br>', () => {
    const { body } = htmlToArticle('<p>أ</p><p>&nbsp;</p><p> <br> </p><p></p><div> </div><p>ب</p>')
    expect(body.content?.map((block) => docToPlainText(block))).toEqual(['أ', 'ب'])
  })
})

describe('images', () => {
  it('an embedded image becomes a figure with its alt text and caption, in place', () => {
    const { body, skippedImages } = htmlToArticle(`<p>قبل</p>
      <figure><img src="${PNG_2X2}" alt="وزير المالية"><figcaption>الوزير في <b>المؤتمر</b></figcaption></figure>
      <p>نص <img src="${PNG_2X2}" alt="صورة ثانية"> بعد</p>`)
    expect(skippedImages).toBeUndefined()
    expect(body.content?.map((block) => block.type)).toEqual([
      'paragraph',
      'figure',
      'paragraph',
      'figure',
      'paragraph',
    ])
    const [first, second] = figures(body)
    expect(first?.attrs).toEqual({ src: PNG_2X2, alt: 'وزير المالية', credit: '' })
    expect(docToPlainText(first as DocNode)).toBe('الوزير في المؤتمر')
    expect(second?.attrs?.alt).toBe('صورة ثانية')
    expect(docToPlainText(body)).toContain('نص\n')
  })

  it('remote, lazy-loaded and SVG images are not imported but reported with their alt text', () => {
    const { body, skippedImages } = htmlToArticle(`<p>متن</p>
      <img src="https://cdn.example.com/photo.jpg" alt="صورة من الموقع">
      <img src="${GIF_1X1}" data-src="https://cdn.example.com/lazy.jpg" alt="كسولة">
      <img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="رسم">`)
    expect(figures(body)).toEqual([])
    expect(skippedImages).toEqual([
      { src: 'https://cdn.example.com/photo.jpg', alt: 'صورة من الموقع', reason: 'remote' },
      { src: 'https://cdn.example.com/lazy.jpg', alt: 'كسولة', reason: 'remote' },
      {
        src: expect.stringMatching(/^embedded image\/svg\+xml/),
        alt: 'رسم',
        reason: 'unsupported',
      },
    ])
  })

  it('the body passes the document schema', () => {
    const { body } = htmlToArticle(`<ul><li><img src="${PNG_2X2}" alt="في قائمة"></li></ul>`)
    expect(DocSchema.safeParse(body).success).toBe(true)
    expect(figures(body)).toHaveLength(1)
  })
})

describe('titles of sources that do not mark one', () => {
  const story =
    'ارتفعت أسعار الذهب في الأسواق المحلية صباح اليوم، مدفوعة بتراجع الدولار أمام العملات الرئيسية وزيادة الطلب قبل موسم الأعراس.'

  it('text pasted from a page: the menu lines before the headline are passed over', () => {
    const article = textToArticle(
      `القائمة\nبحث\nالذهب يرتفع مع تراجع الدولار\n${story}\nزر الذهاب إلى الأعلى`,
    )
    expect(article.title).toBe('الذهب يرتفع مع تراجع الدولار')
    const { article: cleaned, removed } = cleanImported(article)
    expect(docToPlainText(cleaned.body)).toBe(story)
    expect(removed.map((entry) => [entry.text, entry.reason])).toEqual([
      ['القائمة', 'theme-control'],
      ['بحث', 'theme-control'],
      ['زر الذهاب إلى الأعلى', 'theme-control'],
    ])
  })

  it('breadcrumbs ending with the headline are not the title; the headline after them is', () => {
    const article = textToArticle(
      `الرئيسية » اقتصاد » الذهب يرتفع مع تراجع الدولار\nالذهب يرتفع مع تراجع الدولار\n${story}`,
    )
    expect(article.title).toBe('الذهب يرتفع مع تراجع الدولار')
    const { removed } = cleanImported(article)
    expect(removed.map((entry) => entry.reason)).toEqual(['repeated-title'])
  })

  it('HTML without <h1> or <title>: the first kept headline-like block, else none', () => {
    const withHeadline = htmlToArticle(
      `<p>إغلاق</p><p>الذهب يرتفع مع تراجع الدولار</p><p>${story}</p>`,
    )
    expect(withHeadline.title).toBe('الذهب يرتفع مع تراجع الدولار')
    const storyOnly = htmlToArticle(`<p>${story}</p>`)
    expect(storyOnly.title).toBe('')
    expect(docToPlainText(storyOnly.body)).toBe(story)
  })
})

describe('cleanImported', () => {
  it('a body that was all furniture becomes an empty editable document', () => {
    const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
    const furniture = [
      'اترك تعليقاً',
      'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
      'زر الذهاب إلى الأعلى',
    ]
    const { article, removed } = cleanImported({
      title: 'خبر',
      body: { type: 'doc', content: furniture.map(p) },
    })
    expect(article.body).toEqual(emptyDoc())
    expect(removed.map((entry) => entry.text)).toEqual(furniture)
  })
})
