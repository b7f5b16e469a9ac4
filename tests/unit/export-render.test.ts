import { describe, expect, it } from 'vitest'
import { articleSchema, parseBody, renderBody } from '../../electron/export/render-body'
import type { Doc, DocNode } from '../../shared/articles/doc-schema'
import { everyNodeDoc } from '../support/export-fixtures'

const noImages = { imageSrc: () => null }
const render = (...content: DocNode[]) =>
  renderBody(parseBody({ type: 'doc', content }), noImages).trim()
const text = (value: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }

describe('rendering a body with the article schema', () => {
  it('renders paragraphs with their direction', () => {
    expect(render({ type: 'paragraph', content: [text('نص')] })).toBe('<p dir="auto">نص</p>')
    expect(render({ type: 'paragraph', attrs: { dir: 'ltr' }, content: [text('Hi')] })).toBe(
      '<p dir="ltr">Hi</p>',
    )
    expect(render({ type: 'paragraph', attrs: { dir: 'rtl' } })).toBe('<p dir="rtl"></p>')
  })

  it('renders H2 and H3 headings with their direction', () => {
    expect(render({ type: 'heading', attrs: { level: 2 }, content: [text('أ')] })).toBe(
      '<h2 dir="auto">أ</h2>',
    )
    expect(render({ type: 'heading', attrs: { level: 3, dir: 'ltr' }, content: [text('B')] })).toBe(
      '<h3 dir="ltr">B</h3>',
    )
  })

  it('renders bold, italic and underline, nesting shared marks once', () => {
    const bold = { type: 'bold' }
    const italic = { type: 'italic' }
    expect(
      render({
        type: 'paragraph',
        content: [
          text('أ ', [bold]),
          text('ب', [bold, italic]),
          text(' ج', [{ type: 'underline' }]),
        ],
      }),
    ).toBe('<p dir="auto"><strong>أ <em>ب</em></strong><u> ج</u></p>')
  })

  it('renders links with rel="noopener noreferrer" and no target', () => {
    expect(
      render({
        type: 'paragraph',
        content: [
          text('رابط', [
            { type: 'link', attrs: { href: 'https://example.com/a b', target: '_blank' } },
          ]),
          text(' بريد', [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }]),
        ],
      }),
    ).toBe(
      '<p dir="auto"><a href="https://example.com/a%20b" rel="noopener noreferrer">رابط</a><a href="mailto:desk@example.com" rel="noopener noreferrer"> بريد</a></p>',
    )
  })

  it('keeps only the text of links that are not http(s) or mailto', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://x.org/']) {
      const html = render({
        type: 'paragraph',
        content: [text('نص', [{ type: 'link', attrs: { href } }])],
      })
      expect(html, href).toBe('<p dir="auto">نص</p>')
    }
  })

  it('renders bullet and ordered lists, nested, with a start number', () => {
    const item = (value: string, ...more: DocNode[]): DocNode => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [text(value)] }, ...more],
    })
    const html = render(
      { type: 'bulletList', content: [item('أ', { type: 'orderedList', content: [item('ب')] })] },
      { type: 'orderedList', attrs: { start: 3 }, content: [item('ج')] },
    )
    expect(html.replace(/\n/g, '')).toBe(
      '<ul><li><p dir="auto">أ</p><ol><li><p dir="auto">ب</p></li></ol></li></ul>' +
        '<ol start="3"><li><p dir="auto">ج</p></li></ol>',
    )
  })

  it('renders blockquotes and hard breaks', () => {
    const html = render({
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [text('سطر'), { type: 'hardBreak' }, text('سطر')] }],
    })
    expect(html.replace(/\n/g, '')).toBe('<blockquote><p dir="auto">سطر<br>سطر</p></blockquote>')
  })

  it('escapes text, so markup in an article is shown, never parsed', () => {
    expect(
      render({ type: 'paragraph', content: [text(`<script>alert("x")</script> & 'y'`)] }),
    ).toBe('<p dir="auto">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>')
  })

  it('drops attributes the schema does not define, and checks those it does', () => {
    const html = render({
      type: 'paragraph',
      attrs: { dir: '"><script>x</script>', onclick: 'x', style: 'color:red' },
      content: [text('نص')],
    })
    expect(html).toBe('<p dir="auto">نص</p>')
  })

  it('keeps bidi controls in body text, as text', () => {
    expect(render({ type: 'paragraph', content: [text('\u202Eأ\u202C')] })).toBe(
      '<p dir="auto">\u202Eأ\u202C</p>',
    )
  })

  it('removes code points HTML forbids (controls, noncharacters, lone surrogates)', () => {
    expect(
      render({ type: 'paragraph', content: [text('a\u0001b\u0085c\uFFFEd\uD800e\tf😀')] }),
    ).toBe('<p dir="auto">abcde\tf😀</p>')
  })

  it('renders every node and mark of the schema in a mixed-direction article', () => {
    const html = renderBody(parseBody(everyNodeDoc()), noImages)
    for (const tag of ['h2', 'h3', 'p', 'strong', 'em', 'u', 'a', 'ul', 'ol', 'li', 'blockquote'])
      expect(html, tag).toContain(`<${tag}`)
    expect(html).toContain('<br>')
    expect(html).toContain('<p dir="ltr">An English sentence')
    expect(html).toContain('<p dir="rtl">سطر أول<br>')
    expect(html).toContain('<ol start="3">')
    expect(html).toContain(
      '<a href="https://example.com/%D8%AE%D8%A8%D8%B1?q=1&amp;r=2" rel="noopener noreferrer">رابط <strong>غامق داخل رابط</strong></a>',
    )
    expect(html).toContain('3 &lt; 4 &amp; 5 &gt; 2 &quot;مقتبس&quot;')
  })

  it('covers every node and mark type the schema has (a new one needs a test here)', () => {
    const schema = articleSchema()
    const known = ['doc', 'text', 'paragraph', 'heading', 'bulletList', 'orderedList']
    known.push('listItem', 'blockquote', 'hardBreak', 'figure')
    expect(Object.keys(schema.nodes).filter((n) => !known.includes(n))).toEqual([])
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link', 'underline'])
  })

  it('refuses a body the schema does not allow, saying why', () => {
    const bad: Doc[] = [
      { type: 'doc', content: [{ type: 'script', content: [text('x')] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph' }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [text('')] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [text('x', [{ type: 'strike' }])] }] },
    ]
    for (const doc of bad) {
      expect(() => parseBody(doc), JSON.stringify(doc)).toThrow(
        /does not fit the article schema, so it cannot be exported: .+/,
      )
    }
  })

  it('renders an empty body as one empty paragraph', () => {
    expect(renderBody(parseBody({ type: 'doc' }), noImages)).toBe('<p dir="auto"></p>\n')
  })
})
