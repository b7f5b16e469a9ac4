import { auditCsv } from '../../shared/comments/audit-schema'
import { send } from '../api/send'
import { RulesButton } from '../comment-rules/rules-button'
import { useI18n } from '../i18n/i18n'
import { notifyCommentsChanged } from './comments-events'
import { SyncLine } from './sync-line'

/** The most audit lines exported at once (the contract's cap). */
const AUDIT_LIMIT = 100_000

/** Hands a text to the user as a file download (the same way an exported page is). */
function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }
}

/**
 * The panel's other tools: the rules screen, sync with WordPress, the audit log as CSV, and
 * importing comments from a JSON or WXR file. Outcomes go to the panel's status line.
 */
export function ModerationTools({
  readOnly,
  onChanged,
  onMessage,
  onShortcuts,
}: {
  readOnly: boolean
  onChanged: () => void
  onMessage: (text: string, error: boolean) => void
  onShortcuts: () => void
}) {
  const { t } = useI18n()

  const exportAudit = async () => {
    try {
      const entries = await send('comments.audit', { limit: AUDIT_LIMIT })
      const day = new Date().toISOString().slice(0, 10)
      // A byte-order mark, so spreadsheets read the Arabic in it as UTF-8.
      downloadText(
        `\uFEFF${auditCsv(entries)}`,
        `midad-comments-audit-${day}.csv`,
        'text/csv;charset=utf-8',
      )
      onMessage(t('comments.auditExported', { n: entries.length }), false)
    } catch (error) {
      onMessage(t('comments.auditFailed', { message: (error as Error).message }), true)
    }
  }

  const importFile = async (file: File) => {
    try {
      const result = await send('comments.import', { text: await file.text() })
      onMessage(
        t('comments.imported', {
          added: result.added,
          skipped: result.skipped,
          pending: result.counts.pending,
          approved: result.counts.approved,
          spam: result.counts.spam,
          trash: result.counts.trash,
        }),
        false,
      )
      notifyCommentsChanged()
      onChanged()
    } catch (error) {
      onMessage(t('comments.importFailed', { message: (error as Error).message }), true)
    }
  }

  return (
    <div className="moderation-tools">
      <RulesButton />
      <SyncLine readOnly={readOnly} onSynced={onChanged} onMessage={onMessage} />
      <button className="button" type="button" onClick={() => void exportAudit()}>
        {t('comments.exportAudit')}
      </button>
      <label className={`button file-button${readOnly ? ' disabled' : ''}`}>
        {t('comments.import')}
        <input
          className="visually-hidden"
          type="file"
          accept=".json,.xml,.wxr,application/json,application/xml,text/xml"
          disabled={readOnly}
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void importFile(file)
          }}
        />
      </label>
      <button className="button" type="button" aria-keyshortcuts="?" onClick={onShortcuts}>
        {t('comments.shortcuts')}
      </button>
    </div>
  )
}
