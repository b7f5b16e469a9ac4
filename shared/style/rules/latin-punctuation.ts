import { isDigit, nearestScript } from '../characters'
import type { RawFinding } from '../finding'
import type { BlockContext } from './block-rule'

const ARABIC_FORM: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' }

/**
 * Latin , ; ? in Arabic prose, which should be ، ؛ ؟. Only when the nearest word before is Arabic
 * and the nearest word after is Arabic too (or nothing follows on the line: "هل انتهى?"), so an
 * English sentence quoted in an Arabic paragraph, a comma right after a Latin name ("Apple, التي")
 * whose sentence cannot be told, numbers (1,000) and addresses are left alone.
 */
export function latinPunctuation({ block, isProtected }: BlockContext): RawFinding[] {
  const { text } = block
  const findings: RawFinding[] = []
  for (const match of text.matchAll(/[,;?]/g)) {
    const at = match.index
    if (isProtected(at) || (isDigit(text[at - 1]) && isDigit(text[at + 1]))) continue
    if (nearestScript(text, at, -1) !== 'arabic') continue
    const after = nearestScript(text, at + 1, 1)
    if (after !== 'arabic' && after !== null) continue
    const insert = ARABIC_FORM[match[0]] as string
    findings.push({ rule: 'latin-punctuation', from: at, to: at + 1, fix: { insert } })
  }
  return findings
}
