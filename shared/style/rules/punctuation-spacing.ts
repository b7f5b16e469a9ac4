import {
  isArabicLetter,
  isDigit,
  isLatinLetter,
  isLetter,
  isSpace,
  isWordMark,
  nearestScript,
} from '../characters'
import type { RawFinding } from '../finding'
import type { BlockContext } from './block-rule'

/** True when the mark at `at` is part of an ellipsis (... or …), which takes its own spacing. */
const inEllipsis = (text: string, at: number) =>
  text[at] === '…' || (text[at] === '.' && (text[at - 1] === '.' || text[at + 1] === '.'))

/**
 * White space right before punctuation (، ؛ ؟ . , ; : ! ?) ("العراق ، وقال"): the mark belongs to the word it
 * follows, and a line can otherwise begin with it. The fix removes the space. Not flagged: the
 * start of a line, an ellipsis, and a mark that begins a token (".NET", ".5", ":30").
 */
export function spaceBeforePunctuation({ block, isProtected }: BlockContext): RawFinding[] {
  const { text } = block
  const findings: RawFinding[] = []
  for (const match of text.matchAll(/[^\S\n]+(?=[،؛؟.,;:!?])/g)) {
    const from = match.index
    const at = from + match[0].length
    if (from === 0 || text[from - 1] === '\n' || isProtected(at) || inEllipsis(text, at)) continue
    if (/[.,:]/.test(text[at] as string) && (isDigit(text[at + 1]) || isLatinLetter(text[at + 1])))
      continue
    findings.push({ rule: 'space-before-punctuation', from, to: at, fix: { insert: '' } })
  }
  return findings
}

/**
 * Punctuation written against the next word ("العراق،وقال", "وأضاف:«سنرفعه»", and the Arabic
 * marks typed on the wrong side of a space: "الثانية ،تكتمل"). The range is the mark (or run of
 * marks, "؟!"), and the fix adds a space after it. Not flagged: numbers (3.5, 1,000, 10:30, as only
 * a letter after the mark counts), addresses and code, ellipses, and a full stop between Latin
 * letters (abbreviations and file names: "U.S.A", "e.g.", "report.pdf").
 */
export function missingSpaceAfterPunctuation({ block, isProtected }: BlockContext): RawFinding[] {
  const { text } = block
  const findings: RawFinding[] = []
  for (const match of text.matchAll(/[،؛؟.,;:!?]+(?=[«“„([]?\p{L})/gu)) {
    const from = match.index
    const to = from + match[0].length
    const last = to - 1
    if (isProtected(from) || isProtected(last) || inEllipsis(text, last)) continue
    const before = text[from - 1]
    const afterWord = isLetter(before) || isWordMark(before) || isDigit(before)
    // "الثانية ،تكتمل": an Arabic mark typed on the wrong side of the space.
    const wrongSide = isSpace(before) && /[،؛؟]/.test(match[0])
    if (from === 0 || !(afterWord || wrongSide || /[)\]»”"']/.test(before ?? ''))) continue
    const arabic = isArabicLetter(text[to]) || nearestScript(text, from, -1) === 'arabic'
    if (text[last] === '.' && !arabic) continue
    findings.push({
      rule: 'missing-space-after-punctuation',
      from,
      to,
      fix: { insert: `${match[0]} ` },
    })
  }
  return findings
}
