import type { RawFinding } from '../finding'
import { pairedMarks } from '../paired-marks'
import type { BlockContext } from './block-rule'

/**
 * Brackets and quotation marks («» “” "" () []) without a partner in the same paragraph: a quote
 * that never closes, or a parenthesis left behind by an edit. Each paragraph is checked on its
 * own, as news copy closes its quotations before the paragraph ends. The writer must decide where
 * the partner goes, so there is no fix.
 */
export function unbalanced({ block, isProtected }: BlockContext): RawFinding[] {
  return pairedMarks(block.text, isProtected)
    .filter((mark) => mark.partner === null)
    .map((mark) => ({ rule: 'unbalanced', from: mark.index, to: mark.index + 1, fix: null }))
}
