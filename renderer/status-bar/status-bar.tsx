import { memo } from 'react'
import { readingMinutes } from '../../shared/arabic/word-count'
import type { EditorStatus } from '../editor/editor-pane'
import { useI18n } from '../i18n/i18n'

/** Word count, reading time and save state of the open article. */
export const StatusBar = memo(function StatusBar({ status }: { status: EditorStatus | null }) {
  const { t, plural } = useI18n()
  if (!status) return <footer className="status-bar" />
  const minutes = readingMinutes(status.words)
  return (
    <footer className="status-bar">
      <span aria-label={t('wordCount')} role="status" aria-live="off">
        {t('wordsLabel', { n: status.words })}
      </span>
      <span aria-label={t('readingTime')} role="status" aria-live="off">
        {minutes === 0 ? t('underAMinute') : plural('minutes', minutes)}
      </span>
      <span
        className={`save-state ${status.saveState}`}
        aria-label={t('saveState')}
        role="status"
        title={status.saveError ?? undefined}
      >
        {t(`saveState.${status.saveState}`)}
      </span>
    </footer>
  )
})
