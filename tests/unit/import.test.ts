import { describe, expect, it } from 'vitest'
import { htmlToArticle } from '../../electron/import/html-to-doc'
import { textToArticle } from '../../electron/import/text-to-doc'
import { type DocNode, DocSchema } from '../../shared/articles/doc-schema'
import { docToPlainText } from '../../shared/doc/doc-text'

/** Every node of a document, depth first. */
function nodes(root: DocNode): DocNode[] {
  return [root, ...(root.content ?? []).flatMap(nodes)]
}

const textNode = (root: DocNode, text: string) =>
  nodes(root).find((n) => n.type === 'text' && n.text === text)

/** Every key and string value in a JSON value, to look for anything that survived sanitising. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)])
  }
  return []
}

describe('textToArticle', () => {
  it('takes the first non-empty line as the title and the others as paragraphs', () => {
    const { title, body } = textToArticle(
      '\n\n  عنوان الخبر  \nالفقرة الأولى\n\n   \nالفقرة الثانية\n',
    )
    expect(title).toBe('عنوان الخبر')
    expect(body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'الفقرة الأولى' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'الفقرة الثانية' }] },
      ],
    })
    expect(DocSchema.safeParse(body).success).toBe(true)
  })

  it('tolerates Windows line endings and a byte-order mark', () => {
    const { title, body } = textToArticle('\uFEFFعنوان\r\nسطر أول\r\n\r\nسطر ثان\r\n')
    expect(title).toBe('عنوان')
    expect(docToPlainText(body)).toBe('سطر أول\nسطر ثان')
    expect(strings(body).join('')).not.toMatch(/[\r\uFEFF]/)
  })
})

const HOSTILE_HTML = `<!doctype html>
<html><head><title>عنوان الصفحة</title><style>p { color: red }</style>
<script>alert('head')</script></head>
<body onload="alert('body')">
<h1>عنوان <em>الخبر</em></h1>
<p>فقرة فيها <strong>عريض</strong> و<em>مائل</em> و<u>مسطّر</u>.</p>
<h2>عنوان فرعي</h2>
<h3>عنوان ثالث</h3>
<ul><li>بند أول</li><li>بند ثان</li></ul>
<ol><li>خطوة</li></ol>
<blockquote><p>اقتباس من المصدر</p></blockquote>
<p><a href="https://example.com/news?id=1">رابط آمن</a> و<a href="mailto:desk@example.com">راسلنا</a></p>
<p><a href="javascript:alert(1)">رابط خبيث</a> و<a href="data:text/html;base64,PHA+">بيانات</a></p>
<p onclick="steal()" onerror="alert(2)">نص <span onmouseover="x()">عادي</span></p>
<img src="x" onerror="alert(3)">
<iframe src="https://evil.example/frame"></iframe>
<SCRIPT>document.cookie</SCRIPT>
</body></html>`

describe('htmlToArticle', () => {
  const { title, body } = htmlToArticle(HOSTILE_HTML)

  it('takes the title from the h1 and removes it from the body', () => {
    expect(title).toBe('عنوان الخبر')
    expect(docToPlainText(body)).not.toContain('عنوان الخبر')
    expect(docToPlainText(body)).not.toContain('عنوان الصفحة')
  })

  it('keeps headings, paragraphs, lists and quotes', () => {
    const headings = nodes(body).filter((n) => n.type === 'heading')
    expect(headings.map((h) => [h.attrs?.level, docToPlainText(h)])).toEqual([
      [2, 'عنوان فرعي'],
      [3, 'عنوان ثالث'],
    ])
    const bullet = nodes(body).find((n) => n.type === 'bulletList')
    expect(bullet?.content?.map((item) => docToPlainText(item))).toEqual(['بند أول', 'بند ثان'])
    const ordered = nodes(body).find((n) => n.type === 'orderedList')
    expect(ordered?.content?.map((item) => item.type)).toEqual(['listItem'])
    const quote = nodes(body).find((n) => n.type === 'blockquote')
    expect(quote && docToPlainText(quote)).toBe('اقتباس من المصدر')
    expect(docToPlainText(body)).toContain('فقرة فيها عريض ومائل ومسطّر.')
  })

  it('keeps bold, italic and underline marks', () => {
    expect(textNode(body, 'عريض')?.marks).toEqual([{ type: 'bold' }])
    expect(textNode(body, 'مائل')?.marks).toEqual([{ type: 'italic' }])
    expect(textNode(body, 'مسطّر')?.marks).toEqual([{ type: 'underline' }])
  })

  it('keeps https and mailto links', () => {
    expect(textNode(body, 'رابط آمن')?.marks).toEqual([
      { type: 'link', attrs: { href: 'https://example.com/news?id=1' } },
    ])
    expect(textNode(body, 'راسلنا')?.marks).toEqual([
      { type: 'link', attrs: { href: 'mailto:desk@example.com' } },
    ])
  })

  it('keeps the text of javascript: and data: links but drops the link', () => {
    for (const text of ['رابط خبيث', 'بيانات']) {
      const node = textNode(body, text)
      expect(node, text).toBeDefined()
      expect(node?.marks ?? []).toEqual([])
    }
  })

  it('drops scripts, styles, frames, images and event handlers entirely', () => {
    const all = strings(body)
    for (const bad of ['script', 'onerror', 'onclick', 'onload', 'alert', 'cookie', 'color']) {
      expect(
        all.filter((s) => s.toLowerCase().includes(bad)),
        bad,
      ).toEqual([])
    }
    expect(all.join(' ')).not.toContain('evil.example')
    expect(docToPlainText(body)).toContain('نص عادي')
    const attrKeys = nodes(body).flatMap((n) => [
      ...Object.keys(n.attrs ?? {}),
      ...(n.marks ?? []).flatMap((m) => Object.keys(m.attrs ?? {})),
    ])
    expect(new Set(attrKeys)).toEqual(new Set(['level', 'href']))
  })

  it('produces a body that passes the document schema', () => {
    expect(DocSchema.safeParse(body).success).toBe(true)
  })

  it('refuses disguised javascript: links', () => {
    const hrefs = [
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      'java&#x09;script:alert(1)',
      'java&#10;script:alert(1)',
      '&#106;avascript:alert(1)',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative/path',
    ]
    for (const href of hrefs) {
      const { body: doc } = htmlToArticle(`<p><a href="${href}">نص الرابط</a></p>`)
      expect(textNode(doc, 'نص الرابط')?.marks ?? [], href).toEqual([])
    }
  })

  it('falls back to <title> when there is no h1', () => {
    const article = htmlToArticle('<title>  خبر   اليوم </title><p>متن</p>')
    expect(article.title).toBe('خبر اليوم')
    expect(docToPlainText(article.body)).toBe('متن')
  })
})

it('a line holding only invisible bidi marks is not taken as the title', () => {
  const article = textToArticle('\u200F\u200E\n\nعنوان حقيقي\nفقرة')
  expect(article.title).toBe('عنوان حقيقي')
  expect(article.body.content).toHaveLength(1)
})
