/** The house-style rules, by id; the panel words each one and the settings can name them. */
export type RuleId =
  | 'tatweel'
  | 'quotes'
  | 'latin-punctuation'
  | 'digits'
  | 'double-space'
  | 'space-before-punctuation'
  | 'missing-space-after-punctuation'
  | 'repeated-word'
  | 'unbalanced'
  | 'long-paragraph'
  | 'long-headline'

/** Every rule, in the order the panel lists them. */
export const RULE_IDS: readonly RuleId[] = [
  'tatweel',
  'quotes',
  'latin-punctuation',
  'digits',
  'double-space',
  'space-before-punctuation',
  'missing-space-after-punctuation',
  'repeated-word',
  'unbalanced',
  'long-paragraph',
  'long-headline',
]

/** The article field a finding is in. */
export type StyleField = 'title' | 'standfirst' | 'body'

/** What a one-click fix does: replace the finding's range `[from, to)` with `insert`. */
export interface StyleFix {
  insert: string
}

/** One deviation from the house style, with where it is and how to fix it. */
export interface Finding {
  /**
   * Stable across edits elsewhere in the article, so "ignore" survives them: the rule, the field,
   * the words around the match and which occurrence of those words it is (see `findingId`).
   */
  id: string
  rule: RuleId
  field: StyleField
  /**
   * Start of the range. In the body: a ProseMirror position in the body document, as the
   * editor's `state.doc` numbers it. In the title and standfirst: a UTF-16 offset in the string.
   */
  from: number
  /** End of the range (exclusive), in the same numbering as `from`. */
  to: number
  /** The text around the match on one line, for the panel and the CLI. */
  excerpt: string
  /** The text in `[from, to)` (hard breaks in the body as "\n"). */
  text: string
  /** Replace `[from, to)` with `fix.insert`; null when only the writer can fix it. */
  fix: StyleFix | null
}

/**
 * What a rule reports for one block of text, in offsets of that block's text; the checker turns
 * it into a {@link Finding} (positions, excerpt, id).
 */
export interface RawFinding {
  rule: RuleId
  from: number
  to: number
  fix: StyleFix | null
  /**
   * What identifies the finding within its field, when the words around it (the default) are
   * not right: a long paragraph's first words, nothing for the headline.
   */
  key?: string
}
