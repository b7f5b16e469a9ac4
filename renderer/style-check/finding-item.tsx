import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import type { ShownFinding } from './check-article'

interface FindingItemProps {
  finding: ShownFinding
  /** Listed under "Show ignored": offers "Stop ignoring" instead of "Fix" and "Ignore". */
  ignored: boolean
  readOnly: boolean
  onSelect: (finding: ShownFinding) => void
  onFix: (finding: ShownFinding) => void
  onIgnore: (finding: ShownFinding) => void
  onUnignore: (finding: ShownFinding) => void
}

/** Makes a finding id usable as (part of) an element id. */
export const domId = (id: string) => `style-finding-${encodeURIComponent(id).replace(/%/g, '_')}`

const HINTED = new Set(['unbalanced', 'long-paragraph', 'long-headline'])

/**
 * One finding: its excerpt (a button that selects the exact range in the editor) with the flagged
 * characters marked, the text as the fix would leave it, and its Fix and Ignore buttons. The
 * excerpt is text from the article, rendered as text only, in its own direction (`dir="auto"`).
 * The buttons keep the short names the issue gives them ("Fix", "Ignore") and point at the
 * excerpt with `aria-describedby`, so a screen reader says which finding they act on.
 */
export function FindingItem(props: FindingItemProps) {
  const { finding, ignored, readOnly } = props
  const { t } = useI18n()
  const excerptId = domId(finding.id)
  const { before, match, after } = finding.parts
  return (
    <li className="style-finding">
      {finding.field !== 'body' && <span className="style-field">{t(finding.field)}</span>}
      <button
        id={excerptId}
        type="button"
        className="style-excerpt"
        dir="auto"
        title={t('styleSelectHint')}
        onClick={() => props.onSelect(finding)}
      >
        {before}
        <mark>{match}</mark>
        {after}
      </button>
      {finding.fix ? (
        <p className="style-suggestion">
          <span className="muted">{t('styleSuggestion')} </span>
          <span dir="auto">
            {before}
            {finding.fix.insert && <ins>{finding.fix.insert}</ins>}
            {after}
          </span>
        </p>
      ) : (
        <p className="style-suggestion muted">
          {HINTED.has(finding.rule)
            ? t(`styleHint.${finding.rule}` as MessageId)
            : t('styleHintManual')}
        </p>
      )}
      {!readOnly && (
        <div className="actions">
          {!ignored && finding.fix && (
            <button
              type="button"
              className="button"
              aria-describedby={excerptId}
              onClick={() => props.onFix(finding)}
            >
              {t('styleFix')}
            </button>
          )}
          <button
            type="button"
            className="button"
            aria-describedby={excerptId}
            onClick={() => (ignored ? props.onUnignore(finding) : props.onIgnore(finding))}
          >
            {ignored ? t('styleUnignore') : t('styleIgnore')}
          </button>
        </div>
      )}
    </li>
  )
}
