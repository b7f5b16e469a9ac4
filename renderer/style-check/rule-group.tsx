import { useId } from 'react'
import type { RuleId } from '../../shared/style/finding'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import type { ShownFinding } from './check-article'
import { FindingItem } from './finding-item'

interface RuleGroupProps {
  rule: RuleId
  findings: readonly ShownFinding[]
  readOnly: boolean
  onSelect: (finding: ShownFinding) => void
  onFix: (finding: ShownFinding) => void
  onFixAll: (rule: RuleId) => void
  onIgnore: (finding: ShownFinding) => void
}

/** A rule's name in the UI language. */
export const ruleName = (t: (id: MessageId) => string, rule: RuleId) =>
  t(`styleRule.${rule}` as MessageId)

/**
 * The findings of one rule under its name and count, with "Fix all" when two or more of them can
 * be fixed. The button's name stays "Fix all" (what the issue asks people and tests to find); the
 * rule it acts on is its description (`aria-describedby` the heading).
 */
export function RuleGroup(props: RuleGroupProps) {
  const { rule, findings, readOnly } = props
  const { t } = useI18n()
  const headingId = useId()
  const fixable = findings.filter((f) => f.fix !== null).length
  return (
    <section className="style-group" aria-labelledby={headingId}>
      <div className="style-group-header">
        <h3 id={headingId}>
          {t('styleRuleCount', { rule: ruleName(t, rule), n: findings.length })}
        </h3>
        {!readOnly && fixable > 1 && (
          <button
            type="button"
            className="button"
            aria-describedby={headingId}
            onClick={() => props.onFixAll(rule)}
          >
            {t('styleFixAll')}
          </button>
        )}
      </div>
      <ul className="style-findings">
        {findings.map((finding) => (
          <FindingItem
            key={finding.id}
            finding={finding}
            ignored={false}
            readOnly={readOnly}
            onSelect={props.onSelect}
            onFix={props.onFix}
            onIgnore={props.onIgnore}
            onUnignore={() => undefined}
          />
        ))}
      </ul>
    </section>
  )
}
