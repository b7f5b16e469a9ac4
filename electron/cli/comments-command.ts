import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { auditCsv } from '../../shared/comments/audit-schema'
import { COMMENT_STATUSES, CommentStatus } from '../../shared/comments/comment-schema'
import type { ModerateAction } from '../../shared/comments/comments-contract'
import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { InputError, UsageError } from './cli-errors'
import { listComments } from './comments-list'
import { rulesCommand } from './comments-rules-command'
import { terminalLine } from './terminal-text'

export interface CommentsFlags {
  'data-dir'?: string | undefined
  json?: boolean | undefined
  status?: string | undefined
  show?: boolean | undefined
  set?: string | undefined
  csv?: boolean | undefined
}

/** Which options each subcommand takes, and how many arguments. */
const SUBCOMMANDS: Record<string, { options: (keyof CommentsFlags)[]; args: number }> = {
  import: { options: ['data-dir'], args: 1 },
  list: { options: ['data-dir', 'status', 'json'], args: 0 },
  rules: { options: ['data-dir', 'show', 'set', 'json'], args: 0 },
  moderate: { options: ['data-dir', 'status'], args: 1 },
  audit: { options: ['data-dir', 'csv', 'json'], args: 0 },
}

/** The moderation action that puts a comment in a queue. */
const ACTION_FOR: Record<CommentStatus, ModerateAction> = {
  approved: 'approve',
  pending: 'unapprove',
  spam: 'spam',
  trash: 'trash',
}

/** Largest import file read, in bytes (the API takes up to 50,000,000 characters). */
export const MAX_COMMENT_FILE_BYTES = 100 * 1024 * 1024

/** A `--status` value, checked before the data directory is touched. */
export function statusFlag(value: string | undefined): CommentStatus | undefined {
  if (value === undefined) return undefined
  const parsed = CommentStatus.safeParse(value)
  if (!parsed.success)
    throw new UsageError(`--status is one of ${COMMENT_STATUSES.join(', ')}; not "${value}".`)
  return parsed.data
}

/**
 * `midad comments import|list|rules|moderate|audit`: the moderation queues from the terminal,
 * through the same contract as the app's Comments panel. Wrong usage is refused before the
 * data directory is opened.
 */
export async function commentsCommand(
  args: string[],
  flags: CommentsFlags,
  io: CliIo,
): Promise<void> {
  const [sub, ...rest] = args
  const spec = sub === undefined ? undefined : SUBCOMMANDS[sub]
  if (!sub || !spec)
    throw new UsageError(
      `Use "comments ${Object.keys(SUBCOMMANDS).join('|')}"${sub ? `; not "${sub}"` : ''}.`,
    )
  for (const key of Object.keys(flags) as (keyof CommentsFlags)[]) {
    if (flags[key] !== undefined && !spec.options.includes(key))
      throw new UsageError(`"comments ${sub}" does not take --${key}.`)
  }
  if (rest.length !== spec.args)
    throw new UsageError(
      spec.args
        ? `"comments ${sub}" takes exactly one ${sub === 'import' ? 'file' : 'comment id'}.`
        : `"comments ${sub}" takes no arguments.`,
    )
  if (sub === 'import') return importComments(rest[0] as string, flags, io)
  if (sub === 'list') return listComments(statusFlag(flags.status), flags, io)
  if (sub === 'rules') return rulesCommand(flags, io)
  if (sub === 'moderate') return moderateComment(rest[0] as string, flags, io)
  return auditLog(flags, io)
}

async function readCommentFile(file: string): Promise<string> {
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    throw new InputError(`Cannot read ${file}: no such file.`)
  }
  if (size > MAX_COMMENT_FILE_BYTES)
    throw new InputError(`${file} is larger than ${MAX_COMMENT_FILE_BYTES / 1024 / 1024} MiB.`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file))
  } catch (error) {
    if (error instanceof TypeError) throw new InputError(`${file} is not UTF-8 text.`)
    throw new InputError(`Cannot read ${file}: ${(error as Error).message}`)
  }
  if (text.length > 50_000_000)
    throw new InputError(`${file} has more than 50,000,000 characters; split it.`)
  return text
}

/** The format a file's name says: .json, or .xml/.wxr for a WordPress export; else guessed. */
function formatOf(file: string): 'json' | 'wxr' | undefined {
  const ext = extname(file).toLowerCase()
  if (ext === '.json') return 'json'
  if (ext === '.xml' || ext === '.wxr') return 'wxr'
  return undefined
}

async function importComments(file: string, flags: CommentsFlags, io: CliIo): Promise<void> {
  const text = await readCommentFile(file)
  const format = formatOf(file)
  const result = await withBackend(flags['data-dir'], io, (backend) =>
    call(backend, 'comments.import', format ? { text, format } : { text }),
  )
  const { added, skipped, counts } = result
  const perStatus = COMMENT_STATUSES.map((s) => `${s} ${counts[s]}`).join(', ')
  const skip = skipped ? ` (${skipped} skipped as already here)` : ''
  io.out(`Imported ${added} comment${added === 1 ? '' : 's'}${skip}: ${perStatus}.`)
}

async function moderateComment(id: string, flags: CommentsFlags, io: CliIo): Promise<void> {
  const status = statusFlag(flags.status)
  if (!status)
    throw new UsageError(`"comments moderate" needs --status ${COMMENT_STATUSES.join('|')}.`)
  const result = await withBackend(flags['data-dir'], io, (backend) =>
    call(backend, 'comments.moderate', { ids: [id], action: ACTION_FOR[status] }),
  )
  const comment = result.comments[0]
  io.out(`${id}\t${comment?.status ?? status}`)
}

async function auditLog(flags: CommentsFlags, io: CliIo): Promise<void> {
  if (flags.csv && flags.json) throw new UsageError('Use --csv or --json, not both.')
  const entries = await withBackend(flags['data-dir'], io, (backend) =>
    call(backend, 'comments.audit', { limit: 100_000 }),
  )
  if (flags.csv) {
    // auditCsv ends with CRLF; io.out adds the last line break.
    io.out(auditCsv(entries).replace(/\r\n$/, ''))
    return
  }
  if (flags.json) {
    io.out(JSON.stringify(entries, null, 2))
    return
  }
  for (const e of entries) {
    const move = `${e.from ?? '-'} → ${e.to ?? '-'}`
    const rule = e.rule ? `\t${e.rule}${e.word ? `: ${terminalLine(e.word, 40)}` : ''}` : ''
    io.out(`${e.at}\t${e.commentId}\t${e.action}\t${move}\t${terminalLine(e.by, 40)}${rule}`)
  }
}
