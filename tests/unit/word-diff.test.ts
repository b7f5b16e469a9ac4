import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffLines } from '../../shared/diff/diff-lines'
import { wordDiff } from '../../shared/diff/word-diff'
import { wordTokens } from '../../shared/diff/word-tokens'

const kinds = (before: string, after: string) =>
  wordDiff(before, after).segments.map((s) => [s.kind, s.text])

describe('wordTokens', () => {
  it('keeps Arabic words whole with their diacritics and tatweel, and splits off punctuation', () => {
    expect(wordTokens('قالَ الوزيـــرُ، «نعم»؟').map((t) => t.text)).toEqual([
      'قالَ',
      'الوزيـــرُ',
      '،',
      '«',
      'نعم',
      '»',
      '؟',
    ])
  })

  it('keeps numbers with Arabic decimal separators and hyphenated English words whole', () => {
    expect(wordTokens('نما ٣٫٥٪ بعد covid-19 و3.5').map((t) => t.text)).toEqual([
      'نما',
      '٣٫٥',
      '٪',
      'بعد',
      'covid-19',
      'و3.5',
    ])
  })

  it('keeps line breaks as tokens, so paragraphs stay apart', () => {
    expect(wordTokens('أ ب\nج').map((t) => t.text)).toEqual(['أ', 'ب', '\n', 'ج'])
  })
})

describe('wordDiff', () => {
  it('marks a word whose vowel mark changed as changed, showing both spellings', () => {
    expect(kinds('قال الوزير إن', 'قال الوزيرُ إن')).toEqual([
      ['same', 'قال '],
      ['removed', 'الوزير '],
      ['added', 'الوزيرُ '],
      ['same', 'إن'],
    ])
  })

  it('finds an inserted word in the middle of a long text without touching the rest', () => {
    const words = Array.from({ length: 800 }, (_, i) => `كلمة${i}`)
    const after = [...words.slice(0, 400), 'جديدة', ...words.slice(400)]
    const diff = wordDiff(words.join(' '), after.join(' '))
    expect(diff).toMatchObject({ removed: 0, added: 1 })
    expect(diff.segments.filter((s) => s.kind === 'added')).toEqual([
      { kind: 'added', text: 'جديدة ' },
    ])
  })

  it('ignores a change of spacing alone', () => {
    expect(wordDiff('ذهب  الولد', 'ذهب الولد')).toMatchObject({ removed: 0, added: 0 })
  })

  it('shows a full rewrite as removed then added', () => {
    expect(kinds('قديم', 'جديد')).toEqual([
      ['removed', 'قديم'],
      ['added', 'جديد'],
    ])
  })

  const wordsOf = (text: string) => wordTokens(text).map((t) => t.text)
  const arabicText = fc
    .array(fc.constantFrom('قال', 'الوزيرُ', 'إن', 'المشروع', '،', 'the', 'plan', '\n', '٣٫٥'), {
      maxLength: 40,
    })
    .map((words) => words.join(' '))

  it('rebuilds both texts from its segments: same+removed is the old, same+added the new', () => {
    fc.assert(
      fc.property(arabicText, arabicText, (before, after) => {
        const { segments } = wordDiff(before, after)
        const side = (kind: 'removed' | 'added') =>
          wordsOf(
            segments
              .filter((s) => s.kind !== kind)
              .map((s) => s.text)
              .join(' '),
          )
        expect(side('added')).toEqual(wordsOf(before))
        expect(side('removed')).toEqual(wordsOf(after))
      }),
      { numRuns: 500 },
    )
  })

  it('is minimal: changed words are exactly the two lengths minus twice the common subsequence', () => {
    const lcs = (a: string[], b: string[]): number => {
      const row = new Array<number>(b.length + 1).fill(0)
      for (const x of a) {
        let prev = 0
        for (let j = 1; j <= b.length; j++) {
          const keep = row[j] ?? 0
          row[j] = x === b[j - 1] ? prev + 1 : Math.max(row[j] ?? 0, row[j - 1] ?? 0)
          prev = keep
        }
      }
      return row[b.length] ?? 0
    }
    fc.assert(
      fc.property(arabicText, arabicText, (before, after) => {
        const a = wordsOf(before)
        const b = wordsOf(after)
        const { removed, added } = wordDiff(before, after)
        const breaks = (xs: string[]) => xs.filter((x) => x === '\n').length
        const common = lcs(a, b)
        // Line breaks are edits too, but are not counted as words.
        expect(removed + added).toBeLessThanOrEqual(a.length + b.length - 2 * common)
        expect(removed + added).toBeGreaterThanOrEqual(
          a.length + b.length - 2 * common - breaks(a) - breaks(b),
        )
      }),
      { numRuns: 500 },
    )
  })
})

describe('diffLines', () => {
  it('splits segments into paragraphs at line breaks', () => {
    const lines = diffLines(wordDiff('أ\nب', 'أ\nج').segments)
    expect(lines).toEqual([
      [{ kind: 'same', text: 'أ' }],
      [
        { kind: 'removed', text: 'ب' },
        { kind: 'added', text: 'ج' },
      ],
    ])
  })
})
