import type { Finding, RuleId, StyleField, StyleFix } from './finding'

/** A finding that has a fix. */
export type FixableFinding = Finding & { fix: StyleFix }

/**
 * `text` (a title or standfirst) with the finding's fix applied. Returns `text` unchanged when the
 * finding has no fix or is stale (its range no longer holds `finding.text`), so a fix is never
 * applied to text it was not computed for.
 */
export function applyFix(text: string, finding: Finding): string {
  if (!finding.fix || text.slice(finding.from, finding.to) !== finding.text) return text
  return text.slice(0, finding.from) + finding.fix.insert + text.slice(finding.to)
}

const FIELD_ORDER: Record<StyleField, number> = { title: 0, standfirst: 1, body: 2 }

/**
 * The fixes of one rule ("Fix all"), ordered so that applying them one after another keeps every
 * later range valid: by field, then from the end of the field to its start. A fix whose range
 * overlaps one already taken in its field is left out (the next check finds it again).
 */
export function fixAll(findings: readonly Finding[], rule: RuleId): FixableFinding[] {
  const fixable = findings
    .filter((finding): finding is FixableFinding => finding.rule === rule && finding.fix !== null)
    .sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || b.from - a.from || b.to - a.to)
  const taken: FixableFinding[] = []
  for (const finding of fixable) {
    const last = taken.at(-1)
    if (last && last.field === finding.field && finding.to > last.from) continue
    taken.push(finding)
  }
  return taken
}
