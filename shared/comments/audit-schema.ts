import { z } from 'zod'
import { CommentId, CommentStatus, ModerationAction } from './comment-schema'

/**
 * One line of the audit log (`comments/audit.ndjson`): every moderation step, by a person or a
 * rule, kept even after the comment is deleted. `midad comments audit --csv` exports it.
 */
export const AuditEntry = z.object({
  at: z.iso.datetime({ offset: true }),
  actionId: z.string(),
  commentId: CommentId,
  action: ModerationAction,
  from: CommentStatus.nullable(),
  to: CommentStatus.nullable(),
  /** A person's display name, "rule", "import" or "site". */
  by: z.string(),
  /** For a rule's decision: which rule, and the listed word that matched. */
  rule: z.string().nullable(),
  word: z.string().nullable(),
})
export type AuditEntry = z.infer<typeof AuditEntry>

const CSV_COLUMNS = [
  'at',
  'actionId',
  'commentId',
  'action',
  'from',
  'to',
  'by',
  'rule',
  'word',
] as const

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =+-@ defused. */
function csvField(value: string | null): string {
  let text = value ?? ''
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The audit log as CSV, with a header row and CRLF line ends (what spreadsheets expect). */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = [CSV_COLUMNS.join(',')]
  for (const entry of entries) rows.push(CSV_COLUMNS.map((c) => csvField(entry[c])).join(','))
  return `${rows.join('\r\n')}\r\n`
}
