import type { RawFinding } from '../finding'
import type { BlockContext } from './block-rule'

/**
 * Two or more spaces in a row (any horizontal white space, the no-break space included), which
 * typists use to align text and which shows as a gap in a web page's justified text. The fix
 * leaves one plain space. Code-marked text is left alone.
 */
export function doubleSpace({ block, isProtected }: BlockContext): RawFinding[] {
  const findings: RawFinding[] = []
  for (const match of block.text.matchAll(/[^\S\n]{2,}/g)) {
    if (isProtected(match.index)) continue
    const to = match.index + match[0].length
    findings.push({ rule: 'double-space', from: match.index, to, fix: { insert: ' ' } })
  }
  return findings
}
