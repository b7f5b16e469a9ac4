import { type MutableRefObject, useMemo, useRef, useState } from 'react'
import { fixAll } from '../../shared/style/apply-fix'
import { RULE_IDS, type RuleId } from '../../shared/style/finding'
import type { EditorHandle } from '../editor/editor-handle'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'
import type { EditSignal } from '../publish/edit-signal'
import { applyFindings, selectFinding } from './apply-finding'
import type { ShownFinding } from './check-article'
import { FindingItem } from './finding-item'
import { RuleGroup } from './rule-group'
import { useFindingFocus } from './use-finding-focus'
import { useStyleFindings } from './use-style-findings'

export interface StyleCheckPanelProps {
  /** The editor being checked (null while it mounts). */
  handleRef: MutableRefObject<EditorHandle | null>
  /** Emits after every edit, so the panel re-checks after a pause. */
  edits: EditSignal
  /** Finding ids ignored in this article. */
  ignored: readonly string[]
  /** Saves a new ignore list with the article. */
  onIgnoredChange: (ignored: string[]) => void
  readOnly: boolean
  onClose: () => void
}

/**
 * The Style check panel, in the editor's side column: the article's departures from the house
 * style, grouped by rule, each selecting its range in the text when clicked, with Fix, Fix all
 * (one undo step) and Ignore (kept with the article). Re-checked a moment after each edit, so it
 * follows the typing without slowing it.
 */
export function StyleCheckPanel(props: StyleCheckPanelProps) {
  const { handleRef, ignored, onIgnoredChange, readOnly } = props
  const { t, lang } = useI18n()
  const { findings, styleError, checkNow, checkSoon } = useStyleFindings(handleRef, props.edits)
  const [showIgnored, setShowIgnored] = useState(false)
  const panelRef = useRef<HTMLElement>(null)
  const ignoredSet = useMemo(() => new Set(ignored), [ignored])
  const visible = useMemo(
    () => findings?.filter((f) => !ignoredSet.has(f.id)) ?? [],
    [findings, ignoredSet],
  )
  const hidden = useMemo(
    () => findings?.filter((f) => ignoredSet.has(f.id)) ?? [],
    [findings, ignoredSet],
  )
  const groups = useMemo(
    () =>
      RULE_IDS.map((rule) => ({ rule, items: visible.filter((f) => f.rule === rule) })).filter(
        (group) => group.items.length > 0,
      ),
    [visible],
  )
  const focusAfter = useFindingFocus(panelRef, visible)

  /** The finding as the editor is now (a check runs first), or null if it is gone. */
  const fresh = (finding: ShownFinding) =>
    (checkNow() ?? []).find((f) => f.id === finding.id) ?? null

  const select = (finding: ShownFinding) => {
    const handle = handleRef.current
    const current = fresh(finding)
    if (handle && current) selectFinding(handle, current)
  }
  const settle = () => {
    checkNow()
    checkSoon()
  }
  const fix = (finding: ShownFinding) => {
    const handle = handleRef.current
    const current = fresh(finding)
    if (!handle || !current?.fix) return
    focusAfter(finding)
    applyFindings(handle, [{ ...current, fix: current.fix }])
    settle()
  }
  const fixRule = (rule: RuleId) => {
    const handle = handleRef.current
    const all = checkNow()
    if (!handle || !all) return
    const fixes = fixAll(
      all.filter((f) => !ignoredSet.has(f.id)),
      rule,
    )
    const first = visible.find((f) => f.rule === rule)
    if (first) focusAfter(first)
    applyFindings(handle, fixes)
    settle()
  }
  const ignore = (finding: ShownFinding) => {
    focusAfter(finding)
    if (!ignoredSet.has(finding.id)) onIgnoredChange([...ignored, finding.id])
  }
  const unignore = (finding: ShownFinding) =>
    onIgnoredChange(ignored.filter((id) => id !== finding.id))

  const count = visible.length
  const summary =
    findings === null
      ? t('styleChecking')
      : count === 0
        ? t('styleFound.zero')
        : t(`styleFound.${new Intl.PluralRules(lang).select(count)}` as MessageId, { n: count })

  return (
    <aside
      id="style-check-panel"
      className="side-panel style-check-panel"
      aria-label={t('styleCheck')}
      ref={panelRef}
    >
      <div className="history-header">
        <h2 tabIndex={-1}>{t('styleCheck')}</h2>
        <button className="button" type="button" onClick={props.onClose}>
          {t('styleCheckClose')}
        </button>
      </div>
      {styleError && (
        <p className="banner error" role="alert">
          {t('styleHouseStyleFailed', { message: styleError })}
        </p>
      )}
      <p className="style-summary" role="status" aria-live="polite">
        {summary}
      </p>
      {groups.map(({ rule, items }) => (
        <RuleGroup
          key={rule}
          rule={rule}
          findings={items}
          readOnly={readOnly}
          onSelect={select}
          onFix={fix}
          onFixAll={fixRule}
          onIgnore={ignore}
        />
      ))}
      {hidden.length > 0 && (
        <div className="style-ignored">
          <button
            type="button"
            className="button"
            aria-expanded={showIgnored}
            aria-controls="style-ignored-list"
            onClick={() => setShowIgnored((shown) => !shown)}
          >
            {t('styleShowIgnored', { n: hidden.length })}
          </button>
          {showIgnored && (
            <ul
              id="style-ignored-list"
              className="style-findings"
              aria-label={t('styleIgnoredList')}
            >
              {hidden.map((finding) => (
                <FindingItem
                  key={finding.id}
                  finding={finding}
                  ignored
                  readOnly={readOnly}
                  onSelect={select}
                  onFix={() => undefined}
                  onIgnore={() => undefined}
                  onUnignore={unignore}
                />
              ))}
            </ul>
          )}
        </div>
      )}
    </aside>
  )
}
