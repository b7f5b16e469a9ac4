import { getSchema } from '@tiptap/core'
import { closeHistory, history, undo } from '@tiptap/pm/history'
import { Node as PmNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { findInDoc, matchAtOrAfter } from '../../renderer/editor/find/find-in-doc'
import {
  defaultFindOptions,
  type FindOptions,
  findMatches,
} from '../../renderer/editor/find/find-matches'
import { replaceRange } from '../../renderer/editor/find/replace-range'
import type { DocNode } from '../../shared/articles/doc-schema'
import { schemaExtensions } from '../../shared/editor/schema-extensions'

const loose = defaultFindOptions
const exact: FindOptions = { ignoreVariants: false, matchCase: false, wholeWords: false }
const slices = (text: string, query: string, options: FindOptions = loose) =>
  findMatches(text, query, options).map((m) => text.slice(m.from, m.to))

/** A wire-service paragraph as it arrives: vowelled, stretched with tatweel, mixed digits. */
const wire =
  'أعلنت وزارةُ النفط الْعِرَاقِيَّة أن العـــراق صدّر ٣٫٤ مليون برميل يوميا، وقال المتحدث إن ' +
  'الإنتاج سيرتفع إلى 4 ملايين برميل في العام المقبل، مؤكداً أن إيرادات الوزارة ارتفعت.'

describe('findMatches: ignoring diacritics and letter variants (the default)', () => {
  it('finds vowelled and stretched words from a plain query, and maps back to the original', () => {
    expect(slices(wire, 'العراق')).toEqual(['الْعِرَاقِ', 'العـــراق'])
    expect(slices(wire, 'العراقيه')).toEqual(['الْعِرَاقِيَّة'])
    // The match takes in the last letter's diacritics, so a replacement leaves none behind.
    expect(slices(wire, 'وزاره')).toEqual(['وزارةُ', 'وزارة'])
  })

  it('treats hamza and alef forms, ة/ه, ى/ي and both digit sets as the same', () => {
    expect(slices(wire, 'اعلنت')).toEqual(['أعلنت'])
    expect(slices(wire, 'ايرادات')).toEqual(['إيرادات'])
    expect(slices(wire, 'مؤكدا')).toEqual(['مؤكداً'])
    expect(slices(wire, '3٫4')).toEqual(['٣٫٤'])
    expect(slices(wire, '٤ ملايين')).toEqual(['4 ملايين'])
    expect(slices('مستشفى الكرامة', 'مستشفي')).toEqual(['مستشفى'])
  })

  it('takes white space runs as one space and never matches a query that folds to nothing', () => {
    expect(slices('مجلس   الوزراء', 'مجلس الوزراء')).toEqual(['مجلس   الوزراء'])
    expect(findMatches(wire, 'ُ', loose)).toEqual([])
    expect(findMatches(wire, '', loose)).toEqual([])
  })

  it('returns exact UTF-16 offsets in the original text', () => {
    const [, match] = findMatches(wire, 'العراق', loose)
    expect(match).toEqual({ from: wire.indexOf('العـــراق'), to: wire.indexOf('العـــراق') + 9 })
  })
})

describe('findMatches: exact matching when the option is off', () => {
  it('needs the same diacritics, tatweel, letters and digits', () => {
    expect(slices(wire, 'العراق', exact)).toEqual([])
    expect(slices(wire, 'العـــراق', exact)).toEqual(['العـــراق'])
    expect(slices(wire, 'اعلنت', exact)).toEqual([])
    expect(slices(wire, '3٫4', exact)).toEqual([])
    expect(slices('مجلس   الوزراء', 'مجلس الوزراء', exact)).toEqual([])
  })
})

describe('findMatches: case and whole words', () => {
  const latin = 'Reuters said OPEC met in Vienna; opec+ members and the OPEC Fund agreed.'

  it('ignores Latin case unless asked, with or without the Arabic folding', () => {
    expect(slices(latin, 'opec')).toEqual(['OPEC', 'opec', 'OPEC'])
    expect(slices(latin, 'opec', { ...loose, matchCase: true })).toEqual(['opec'])
    expect(slices(latin, 'OPEC', { ...exact, matchCase: true })).toEqual(['OPEC', 'OPEC'])
    expect(slices('قالت Reuters إن', 'reuters', exact)).toEqual(['Reuters'])
  })

  it('finds whole words only when asked, in Arabic and Latin', () => {
    const text = 'في فيلم وثائقي عرض في القاهرة'
    expect(slices(text, 'في')).toHaveLength(3)
    const whole = findMatches(text, 'في', { ...loose, wholeWords: true })
    expect(whole.map((m) => m.from)).toEqual([0, text.lastIndexOf('في ')])
    expect(slices(latin, 'opec', { ...loose, wholeWords: true })).toEqual(['OPEC', 'opec', 'OPEC'])
    expect(slices('Vienna Viennese', 'vienna', { ...loose, wholeWords: true })).toEqual(['Vienna'])
  })

  it('counts a vowelled word as whole, and a word with a following letter as not', () => {
    const text = 'كتابٌ وكتابة الكتاب'
    expect(slices(text, 'كتاب', { ...loose, wholeWords: true })).toEqual(['كتابٌ'])
  })
})

const schema = getSchema(schemaExtensions())
const text = (value: string, ...marks: string[]): DocNode => ({
  type: 'text',
  text: value,
  ...(marks.length
    ? {
        marks: marks.map((type) =>
          type === 'link' ? { type, attrs: { href: 'https://example.com/oil' } } : { type },
        ),
      }
    : {}),
})
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const docOf = (...content: DocNode[]) => PmNode.fromJSON(schema, { type: 'doc', content })

describe('findInDoc: the article body', () => {
  const doc = docOf(
    { type: 'heading', attrs: { level: 2 }, content: [text('نفط العـراق')] },
    paragraph(
      text('قال وزير '),
      text('النفط العـ', 'bold'),
      text('ـراقي', 'italic'),
      text(' اليوم'),
    ),
    paragraph(text('سعر النفط'), { type: 'hardBreak' }, text('العراقي ارتفع')),
    paragraph(text('نقلت '), text('وكالة الأنباء العراقية', 'link'), text(' الخبر.')),
  )

  it('finds matches across text nodes with different marks, as document positions', () => {
    const matches = findInDoc(doc, 'النفط العراقي', loose)
    const found = matches.map((m) => doc.textBetween(m.from, m.to))
    expect(found).toEqual(['النفط العــراقي'])
  })

  it('does not match across blocks or line breaks', () => {
    expect(findInDoc(doc, 'العراق قال', loose)).toEqual([])
    expect(findInDoc(doc, 'النفط العراقي ارتفع', loose)).toEqual([])
    const all = findInDoc(doc, 'العراق', loose).map((m) => doc.textBetween(m.from, m.to))
    expect(all).toEqual(['العـراق', 'العــراق', 'العراق', 'العراق'])
  })

  it('picks the first match at or after a position, wrapping round', () => {
    const matches = findInDoc(doc, 'العراق', loose)
    expect(matchAtOrAfter(matches, 0)).toBe(0)
    expect(matchAtOrAfter(matches, (matches[1]?.from ?? 0) + 1)).toBe(2)
    expect(matchAtOrAfter(matches, doc.content.size)).toBe(0)
    expect(matchAtOrAfter([], 3)).toBe(-1)
  })
})

describe('replaceRange: replacing keeps formatting', () => {
  const marksAt = (doc: PmNode, word: string) => {
    let names: string[] | undefined
    doc.descendants((node) => {
      if (node.isText && node.text?.includes(word)) names = node.marks.map((m) => m.type.name)
    })
    return names
  }

  it('gives the replacement the marks of the match’s first character (bold, link)', () => {
    const doc = docOf(
      paragraph(text('قال '), text('الوزير', 'bold'), text(' إن '), text('العـراق', 'link')),
      paragraph(
        text('ارتفع '),
        text('سعر', 'bold'),
        text(' النفط'),
        text(' و'),
        text('الغاز', 'bold'),
      ),
    )
    const tr = EditorState.create({ doc }).tr
    const replacements: [string, string][] = [
      ['الوزير', 'المتحدث'],
      ['العراق', 'بغداد'],
      ['سعر النفط', 'أسعار الخام'],
      [' والغاز', ' والغاز الطبيعي'],
    ]
    for (const [query, replacement] of replacements.reverse()) {
      const [match] = findInDoc(tr.doc, query, loose)
      if (!match) throw new Error(`no match for ${query}`)
      replaceRange(tr, match.from, match.to, replacement)
    }
    expect(tr.doc.textContent).toBe('قال المتحدث إن بغدادارتفع أسعار الخام والغاز الطبيعي')
    // Inside bold, and from bold on into plain text: bold.
    expect(marksAt(tr.doc, 'المتحدث')).toEqual(['bold'])
    expect(marksAt(tr.doc, 'أسعار الخام')).toEqual(['bold'])
    // Inside a link: still the same link.
    const linked = tr.doc.child(0).lastChild
    expect(linked?.text).toBe('بغداد')
    expect(linked?.marks.map((m) => [m.type.name, m.attrs.href])).toEqual([
      ['link', 'https://example.com/oil'],
    ])
    // From plain text on into bold: plain.
    expect(marksAt(tr.doc, ' والغاز الطبيعي')).toEqual([])
  })

  it('replaces every match from the end in one transaction, undone in one step', () => {
    const doc = docOf(
      paragraph(text('العراق '), text('والعـراق', 'bold'), text(' في العِرَاق')),
      paragraph(text('نفط العراق')),
    )
    let state = EditorState.create({ doc, plugins: [history()] })
    // An earlier edit, so undo has something else it could merge with.
    state = state.apply(state.tr.insertText('خبر: ', 1))
    const tr = closeHistory(state.tr)
    const matches = findInDoc(state.doc, 'العراق', loose)
    expect(matches).toHaveLength(4)
    for (const m of [...matches].reverse()) replaceRange(tr, m.from, m.to, 'سوريا')
    state = state.apply(tr)
    expect(state.doc.textContent).toBe('خبر: سوريا وسوريا في سوريانفط سوريا')
    expect(marksAt(state.doc, 'وسوريا')).toEqual(['bold'])
    undo(state, (undone) => {
      state = state.apply(undone)
    })
    expect(state.doc.textContent).toBe('خبر: العراق والعـراق في العِرَاقنفط العراق')
  })

  it('deletes the match when the replacement is empty', () => {
    const state = EditorState.create({ doc: docOf(paragraph(text('قال الوزير الوزير اليوم'))) })
    const tr = state.tr
    const [, second] = findInDoc(tr.doc, ' الوزير', loose)
    if (!second) throw new Error('no second match')
    replaceRange(tr, second.from, second.to, '')
    expect(tr.doc.textContent).toBe('قال الوزير اليوم')
  })
})
