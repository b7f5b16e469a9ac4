import { useId, useRef } from 'react'
import type { Removed } from '../../shared/cleanup/removed'
import { useI18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'

/** A removed block's text on one line, cut to `max` characters: how the notice names it. */
export function excerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line
}

interface RemovalNoticeProps {
  kind: 'import' | 'paste'
  /** What is still removed, in source order. */
  listed: Removed[]
  /** Each entry's Restore button's accessible name, unique on the page. */
  labels: ReadonlyMap<Removed, string>
  disabled: boolean
  onRestore: (entries: readonly Removed[]) => void
  onDismiss: () => void
}

/**
 * One clean-up's notice above the body: how many blocks it removed, each with its reason in
 * words and its text (as text: pasted copy is never rendered as HTML), a Restore button each,
 * "Restore all" and "Dismiss". After a restore the focus stays in the notice, so several lines
 * can be put back from the keyboard one after another.
 */
export function RemovalNotice(props: RemovalNoticeProps) {
  const { t } = useI18n()
  const headingId = useId()
  const region = useRef<HTMLElement>(null)
  const { listed, disabled } = props
  const restore = (entries: readonly Removed[]) => {
    props.onRestore(entries)
    region.current?.focus()
  }
  return (
    <section
      ref={region}
      className="banner removal-notice"
      aria-label={t(props.kind === 'import' ? 'cleanupNoticeImport' : 'cleanupNoticePaste')}
      aria-describedby={headingId}
      tabIndex={-1}
    >
      <p id={headingId} className="removal-heading">
        {listed.length === 1
          ? t('cleanupRemovedOne')
          : t('cleanupRemovedMany', { n: listed.length })}
      </p>
      <ul className="removal-list">
        {listed.map((entry) => (
          <li key={entry.id}>
            <span className="removal-reason">
              {t(`cleanupReason.${entry.reason}` as MessageId)}
            </span>
            <span className="removal-text" dir="auto">
              {entry.text.trim() ? excerpt(entry.text, 200) : t('cleanupEmptyBlock')}
            </span>
            <button
              className="button"
              type="button"
              disabled={disabled}
              aria-label={props.labels.get(entry)}
              onClick={() => restore([entry])}
            >
              {t('cleanupRestore')}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button
          className="button"
          type="button"
          disabled={disabled}
          onClick={() => restore(listed)}
        >
          {t('cleanupRestoreAll')}
        </button>
        <button className="button" type="button" onClick={props.onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    </section>
  )
}
