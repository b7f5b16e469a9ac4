import { describe, expect, it } from 'vitest'
import { checkStyle } from '../../shared/style/check-style'
import { excerptAround, excerptParts } from '../../shared/style/excerpt'
import { defaultHouseStyle } from '../../shared/style/house-style'
import { bodyBlocks } from '../../shared/style/text-blocks'

/** Agency copy with a finding of most kinds, for the panel's marked excerpts. */
const paragraph =
  'أعلنت وزارة الزراعة في العـراق, اليوم الأحد أن إنتاج القمح بلغ  4 ملايين طن في في موسم 2024 ، وهو "أعلى" رقم منذ عقد.'
const body = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: paragraph }] }],
}

describe('excerptParts (the Style check panel marks the flagged characters)', () => {
  it('splits every finding’s excerpt exactly where its range is', () => {
    const findings = checkStyle({ title: 'عنوان', body }, defaultHouseStyle)
    const [block] = bodyBlocks(body)
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set([
        'tatweel',
        'latin-punctuation',
        'double-space',
        'repeated-word',
        'digits',
        'space-before-punctuation',
        'quotes',
      ]),
    )
    for (const finding of findings) {
      const parts = excerptParts(
        block?.text ?? '',
        finding.from - (block?.start ?? 0),
        finding.to - (block?.start ?? 0),
      )
      expect(parts.before + parts.match + parts.after).toBe(finding.excerpt)
      expect(parts.match).toBe(finding.text)
    }
  })

  it('marks the second of two spaces, not the first space of the excerpt', () => {
    const at = paragraph.indexOf('  ')
    const parts = excerptParts(paragraph, at, at + 2)
    expect(parts.match).toBe('  ')
    expect(parts.before.endsWith('بلغ')).toBe(true)
    expect(parts.after.startsWith('4 ملايين')).toBe(true)
    expect(parts.before.startsWith('…')).toBe(true)
    expect(parts.after.endsWith('…')).toBe(true)
  })

  it('shows a whole-paragraph match by its beginning, as excerptAround does', () => {
    const long = `${'كلمة '.repeat(40)}نهاية`
    const parts = excerptParts(long, 0, long.length)
    expect(parts.before).toBe('')
    expect(parts.after).toBe('…')
    expect(parts.match.length).toBeLessThanOrEqual(60)
    expect(parts.before + parts.match + parts.after).toBe(excerptAround(long, 0, long.length))
  })

  it('keeps excerpts on one line', () => {
    const text = 'السطر الأول\nالسطر الثاني'
    const parts = excerptParts(text, 6, 11)
    expect(parts).toEqual({ before: 'السطر ', match: 'الأول', after: ' السطر الثاني' })
  })
})
