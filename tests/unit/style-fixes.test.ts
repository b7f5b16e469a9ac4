import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../shared/articles/doc-schema'
import { applyFix, fixAll } from '../../shared/style/apply-fix'
import { checkStyle } from '../../shared/style/check-style'
import type { Finding } from '../../shared/style/finding'
import { defaultHouseStyle } from '../../shared/style/house-style'

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const bodyOf = (...texts: string[]): DocNode => ({ type: 'doc', content: texts.map(paragraph) })

const lead = 'أعلنت وزارة الصحة في في بيان اليوم عن حملة تطعيم جديدة في المحافظات الجنوبية.'
const second =
  'وقال المتحدث باسم الوزارة إن الحملة تستهدف في في مرحلتها الأولى الأطفال دون الخامسة.'

describe('applyFix', () => {
  const title = 'الحكومة العـراقية  تقر موازنة العام المقبل'

  it('applies a title fix, and every fix of a rule end to start', () => {
    const findings = checkStyle({ title, body: bodyOf() }, defaultHouseStyle)
    const space = findings.find((f) => f.rule === 'double-space') as Finding
    expect(applyFix(title, space)).toBe('الحكومة العـراقية تقر موازنة العام المقبل')
    // One rule at a time, checking again in between, as the panel does.
    const once = fixAll(findings, 'tatweel').reduce(applyFix, title)
    const again = checkStyle({ title: once, body: bodyOf() }, defaultHouseStyle)
    expect(fixAll(again, 'double-space').reduce(applyFix, once)).toBe(
      'الحكومة العراقية تقر موازنة العام المقبل',
    )
  })

  it('leaves the text alone for a stale finding or one without a fix', () => {
    const [finding] = checkStyle({ title, body: bodyOf() }, defaultHouseStyle)
    expect(finding).toBeDefined()
    const stale = `عاجل: ${title}`
    expect(applyFix(stale, finding as Finding)).toBe(stale)
    expect(applyFix(title, { ...(finding as Finding), fix: null })).toBe(title)
  })
})

describe('fixAll', () => {
  it('returns one rule only, by field and from the end to the start', () => {
    const findings = checkStyle(
      { title: 'قمة  عربية  طارئة', standfirst: 'يجتمع  القادة', body: bodyOf('بدأت  القمة  أمس') },
      defaultHouseStyle,
    )
    const fixes = fixAll(findings, 'double-space')
    expect(fixes.map((f) => [f.field, f.from])).toEqual([
      ['title', 10],
      ['title', 3],
      ['standfirst', 5],
      ['body', 12],
      ['body', 5],
    ])
    expect(fixAll(findings, 'tatweel')).toEqual([])
  })

  it('leaves out a fix that overlaps one already taken', () => {
    const base: Finding = {
      id: 'x',
      rule: 'digits',
      field: 'title',
      from: 0,
      to: 4,
      excerpt: '',
      text: '2024',
      fix: { insert: '٢٠٢٤' },
    }
    const fixes = fixAll([base, { ...base, id: 'y', from: 2, to: 6 }], 'digits')
    expect(fixes.map((f) => f.id)).toEqual(['y'])
  })
})

describe('finding ids and "ignore"', () => {
  const repeated = (body: DocNode) =>
    checkStyle({ title: 'حملة تطعيم', body }, defaultHouseStyle).filter(
      (f) => f.rule === 'repeated-word',
    )

  it('numbers findings of the same words in order', () => {
    expect(repeated(bodyOf(lead, second)).map((f) => f.id)).toEqual([
      'repeated-word:body:في في:0',
      'repeated-word:body:في في:1',
    ])
  })

  it('keeps ids when the article is edited elsewhere', () => {
    const before = repeated(bodyOf(lead, second))
    const edited = repeated(
      bodyOf('عاجل: بدء الحملة صباح الغد.', `${lead} وتستمر أسبوعين.`, second),
    )
    expect(edited.map((f) => f.id)).toEqual(before.map((f) => f.id))
    expect(edited.map((f) => f.from)).not.toEqual(before.map((f) => f.from))
  })

  it('leaves out ignored findings and only those', () => {
    const all = checkStyle({ title: 'حملة تطعيم', body: bodyOf(lead, second) }, defaultHouseStyle)
    const ignored = new Set(['repeated-word:body:في في:0'])
    const kept = checkStyle(
      { title: 'حملة تطعيم', body: bodyOf(lead, second) },
      defaultHouseStyle,
      ignored,
    )
    expect(kept).toEqual(all.filter((f) => !ignored.has(f.id)))
    expect(kept.filter((f) => f.rule === 'repeated-word').map((f) => f.id)).toEqual([
      'repeated-word:body:في في:1',
    ])
  })

  it('keeps an ignored long headline ignored after the headline is reworded', () => {
    const headline = (words: string) =>
      `${words} ${'تفاصيل الاتفاق الجديد بين الحكومة والنقابات حول الأجور '.repeat(2)}`
    const first = checkStyle({ title: headline('عاجل:'), body: bodyOf() }, defaultHouseStyle)
    const long = first.find((f) => f.rule === 'long-headline') as Finding
    expect(long).toBeDefined()
    const reworded = checkStyle(
      { title: headline('خبر عاجل:'), body: bodyOf() },
      defaultHouseStyle,
      new Set([long.id]),
    )
    expect(reworded.some((f) => f.rule === 'long-headline')).toBe(false)
  })

  it('gives each finding an excerpt on one line around it', () => {
    const [finding] = repeated(bodyOf(lead))
    expect(finding?.excerpt).toContain('في في بيان')
    expect(finding?.excerpt).not.toContain('\n')
  })
})
