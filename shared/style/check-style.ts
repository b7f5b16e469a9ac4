import type { DocNode } from '../articles/doc-schema'
import { insideAny, protectedRanges } from './characters'
import { excerptAround, wordsAround } from './excerpt'
import { type Finding, type RawFinding, RULE_IDS, type StyleField } from './finding'
import type { HouseStyle } from './house-style'
import type { BlockRule } from './rules/block-rule'
import { digits } from './rules/digits'
import { doubleSpace } from './rules/double-space'
import { latinPunctuation } from './rules/latin-punctuation'
import { longHeadline, longParagraph } from './rules/lengths'
import { missingSpaceAfterPunctuation, spaceBeforePunctuation } from './rules/punctuation-spacing'
import { quotes } from './rules/quotes'
import { repeatedWord } from './rules/repeated-word'
import { tatweel } from './rules/tatweel'
import { unbalanced } from './rules/unbalanced'
import { bodyBlocks, stringBlock, type TextBlock } from './text-blocks'

/** What the checker reads of an article. */
export interface StyleInput {
  title: string
  standfirst?: string | undefined
  /** The body: a TipTap/ProseMirror JSON document (`{ type: 'doc', content }`). */
  body: DocNode
}

const RULES: BlockRule[] = [
  tatweel,
  quotes,
  latinPunctuation,
  digits,
  doubleSpace,
  spaceBeforePunctuation,
  missingSpaceAfterPunctuation,
  repeatedWord,
  unbalanced,
  longParagraph,
  longHeadline,
]

const FIELD_ORDER: Record<StyleField, number> = { title: 0, standfirst: 1, body: 2 }

/** A finding of `block` before its id is known. */
function locate(block: TextBlock, raw: RawFinding): Omit<Finding, 'id'> & { key: string } {
  return {
    rule: raw.rule,
    field: block.field,
    from: block.start + raw.from,
    to: block.start + raw.to,
    excerpt: excerptAround(block.text, raw.from, raw.to),
    text: block.text.slice(raw.from, raw.to),
    fix: raw.fix,
    key: raw.key ?? wordsAround(block.text, raw.from, raw.to),
  }
}

/**
 * A finding's id: its rule, its field, the words it stands in (or a rule's own key) and how many
 * findings of that rule with those words come before it in the field. Edits elsewhere leave it
 * unchanged, so an "ignore" kept with the article still applies after them.
 */
export function findingId(
  rule: string,
  field: StyleField,
  key: string,
  occurrence: number,
): string {
  return `${rule}:${field}:${key}:${occurrence}`
}

/**
 * Checks an article against the house style: every finding of every rule in the title, the
 * standfirst and the body, in document order (by field, then position), less those whose id is in
 * `ignored` (the article's "ignore" list). Pure: the panel, the CLI and tests call the same code.
 * Body positions are ProseMirror positions in `body`, so the editor can select `[from, to)`.
 */
export function checkStyle(
  input: StyleInput,
  style: HouseStyle,
  ignored: ReadonlySet<string> = new Set(),
): Finding[] {
  const blocks = [
    stringBlock('title', input.title),
    ...(input.standfirst ? [stringBlock('standfirst', input.standfirst)] : []),
    ...bodyBlocks(input.body),
  ]
  const located = blocks.flatMap((block) => {
    const isProtected = insideAny(protectedRanges(block))
    return RULES.flatMap((rule) => rule({ block, style, isProtected })).map((raw) =>
      locate(block, raw),
    )
  })
  located.sort(
    (a, b) =>
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      a.from - b.from ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule),
  )
  const seen = new Map<string, number>()
  const findings: Finding[] = []
  for (const { key, ...finding } of located) {
    const base = `${finding.rule}:${finding.field}:${key}`
    const occurrence = seen.get(base) ?? 0
    seen.set(base, occurrence + 1)
    const id = findingId(finding.rule, finding.field, key, occurrence)
    if (!ignored.has(id)) findings.push({ id, ...finding })
  }
  return findings
}
