import type { RawFinding } from '../finding'
import type { HouseStyle } from '../house-style'
import type { TextBlock } from '../text-blocks'

/** What a rule reads: one block of text, the house style, and which offsets to leave alone. */
export interface BlockContext {
  block: TextBlock
  style: HouseStyle
  /** True inside a web or e-mail address or code-marked text (see `protectedRanges`). */
  isProtected: (index: number) => boolean
}

/** A house-style rule: the findings in one block, in offsets of the block's text. */
export type BlockRule = (context: BlockContext) => RawFinding[]
