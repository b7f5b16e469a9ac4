import { getSchema } from '@tiptap/core'
import { type Node as PmNode, Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../shared/articles/doc-schema'
import { schemaExtensions } from '../../shared/editor/schema-extensions'
import { fixAll } from '../../shared/style/apply-fix'
import { checkStyle } from '../../shared/style/check-style'
import type { Finding, RuleId } from '../../shared/style/finding'
import { defaultHouseStyle, HouseStyle } from '../../shared/style/house-style'

const schema = getSchema(schemaExtensions())
const text = (value: string, ...marks: string[]): DocNode => ({
  type: 'text',
  text: value,
  ...(marks.length
    ? {
        marks: marks.map((type) =>
          type === 'link' ? { type, attrs: { href: 'https://example.com/news' } } : { type },
        ),
      }
    : {}),
})
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content })
const hash = 'a'.repeat(64)

/**
 * A realistic article body that exercises every way positions shift: a heading, marks splitting
 * text nodes, a bullet list with a nested ordered list, a blockquote, an empty paragraph, an image
 * figure with its caption, and a paragraph with a hard break.
 */
const body = {
  type: 'doc',
  content: [
    {
      type: 'heading',
      attrs: { level: 2 },
      content: [text('تفاصيل الاتفاق النفطـي الجديد')],
    },
    paragraph(
      text('قال '),
      text('وزير النفط العـراقي', 'bold'),
      text(' إن الإنتاج سيرتفع في', 'italic'),
      text(' في العام المقبل'),
      text(' إلى 4.5 مليون برميل', 'link'),
      text(' يومياً , وفق بيان رسمي.'),
    ),
    {
      type: 'bulletList',
      content: [
        item(paragraph(text('بدء التصدير في عام 2025 عبر ميناء البصرة'))),
        item(paragraph(text('زيادة  الحصص على مرحلتين:')), {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [
            item(paragraph(text('المرحلة الأولى تبدأ بـ 200 ألف برميل'))),
            item(paragraph(text('المرحلة الثانية'), text(' ،تكتمل', 'bold'), text(' بعد عامين'))),
          ],
        }),
      ],
    },
    {
      type: 'blockquote',
      content: [paragraph(text('وأضاف الوزير "لن نتراجع عن التزاماتنا" أمام البرلمان'))],
    },
    { type: 'paragraph' },
    {
      type: 'figure',
      attrs: { src: `media/${hash}.jpg`, alt: 'منصة نفطية', credit: 'تصوير: رويترز' },
      content: [text('منصة نفطـية قبالة سواحل البصرة')],
    },
    paragraph(
      text('وتوقع محللون ارتفاع الأسعار'),
      { type: 'hardBreak' },
      text('لكن هل تصمد الأسعار?'),
      text(' اقرأ المزيد على https://example.com/oil?id=1,2', 'link'),
    ),
  ],
} satisfies DocNode

const doc = ProseMirrorNode.fromJSON(schema, body)

/** The text of `[from, to)` as the editor has it, a hard break reading as a new line. */
const between = (node: PmNode, from: number, to: number) => node.textBetween(from, to, '\n', '\n')

function bodyFindings(source: DocNode = body, style: HouseStyle = defaultHouseStyle): Finding[] {
  return checkStyle({ title: 'اتفاق نفطي', body: source }, style).filter((f) => f.field === 'body')
}

/** The document after applying every fix of `rule`, end to start, as the editor would. */
function fixedDoc(source: PmNode, rule: RuleId): PmNode {
  const findings = checkStyle({ title: '', body: source.toJSON() }, defaultHouseStyle)
  let state = EditorState.create({ doc: source })
  for (const finding of fixAll(findings, rule)) {
    expect(between(state.doc, finding.from, finding.to)).toBe(finding.text)
    state = state.apply(state.tr.insertText(finding.fix.insert, finding.from, finding.to))
  }
  return state.doc
}

describe('body finding positions', () => {
  it('is a valid document for the article schema', () => {
    expect(() => doc.check()).not.toThrow()
  })

  it('points at exactly the matched text in the ProseMirror document', () => {
    const findings = bodyFindings()
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set([
        'tatweel',
        'repeated-word',
        'digits',
        'space-before-punctuation',
        'latin-punctuation',
        'double-space',
        'missing-space-after-punctuation',
        'quotes',
      ]),
    )
    for (const finding of findings)
      expect(between(doc, finding.from, finding.to), JSON.stringify(finding)).toBe(finding.text)
  })

  it('finds each planted problem where it is, through marks, lists, quotes and figures', () => {
    const found = bodyFindings().map((f) => [f.rule, f.text, f.fix?.insert ?? null])
    expect(found).toEqual([
      ['tatweel', 'ـ', ''],
      ['tatweel', 'ـ', ''],
      ['repeated-word', ' في', ''],
      ['digits', '4.5', '٤.٥'],
      ['space-before-punctuation', ' ', ''],
      ['latin-punctuation', ',', '،'],
      ['digits', '2025', '٢٠٢٥'],
      ['double-space', '  ', ' '],
      ['digits', '200', '٢٠٠'],
      ['space-before-punctuation', ' ', ''],
      ['missing-space-after-punctuation', '،', '، '],
      ['quotes', '"', '«'],
      ['quotes', '"', '»'],
      ['tatweel', 'ـ', ''],
      ['latin-punctuation', '?', '؟'],
    ])
  })

  it('keeps the tatweel after a figure at the position the editor has', () => {
    const caption = bodyFindings().filter((f) => f.rule === 'tatweel')[2] as Finding
    const $pos = doc.resolve(caption.from)
    expect($pos.parent.type.name).toBe('figure')
    expect(between(doc, caption.from - 3, caption.to + 2)).toBe('نفطـية')
  })

  it('measures a long paragraph across a hard break', () => {
    const words = Array.from({ length: 70 }, () => 'النفط').join(' ')
    const source = {
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          content: [paragraph(text(words), { type: 'hardBreak' }, text(words))],
        },
      ],
    }
    const node = ProseMirrorNode.fromJSON(schema, source)
    const [finding] = bodyFindings(source).filter((f) => f.rule === 'long-paragraph')
    expect(finding).toBeDefined()
    expect(between(node, finding?.from ?? 0, finding?.to ?? 0)).toBe(`${words}\n${words}`)
    expect(finding?.from).toBe(2)
  })
})

describe('fix all, end to start, in the document', () => {
  it('removes every tatweel and nothing else', () => {
    const after = fixedDoc(doc, 'tatweel')
    const expected = ['النفطـي', 'العـراقي', 'نفطـية'].reduce(
      (all, word) => all.replace(word, word.replace('ـ', '')),
      doc.textContent,
    )
    expect(after.textContent).toBe(expected)
    expect(after.textContent).toContain('تبدأ بـ 200')
    expect(bodyFindings(after.toJSON()).some((f) => f.rule === 'tatweel')).toBe(false)
  })

  it('converts digits in a link and a list, keeping the link', () => {
    const after = fixedDoc(doc, 'digits')
    expect(after.textContent).toContain('إلى ٤.٥ مليون برميل')
    expect(after.textContent).toContain('في عام ٢٠٢٥ عبر')
    expect(after.textContent).toContain('https://example.com/oil?id=1,2')
    let linked = ''
    after.descendants((node) => {
      if (node.isText && node.marks.some((mark) => mark.type.name === 'link')) linked += node.text
    })
    expect(linked).toContain('٤.٥')
  })

  it('fixes the quotes of the blockquote and then finds none', () => {
    const after = fixedDoc(doc, 'quotes')
    expect(after.textContent).toContain('وأضاف الوزير «لن نتراجع عن التزاماتنا» أمام')
    expect(bodyFindings(after.toJSON()).filter((f) => f.rule === 'quotes')).toEqual([])
  })

  it('leaves every other finding at a valid position after one rule is fixed', () => {
    const after = fixedDoc(doc, 'repeated-word')
    expect(after.textContent).toContain('سيرتفع في العام المقبل')
    for (const finding of bodyFindings(after.toJSON()))
      expect(between(after, finding.from, finding.to)).toBe(finding.text)
  })

  it('holds for a Western house style too', () => {
    const western = HouseStyle.parse({ digits: 'western', quotes: '""' })
    expect(bodyFindings(body, western).some((f) => f.rule === 'digits')).toBe(false)
    expect(bodyFindings(body, western).some((f) => f.rule === 'quotes')).toBe(false)
  })
})
