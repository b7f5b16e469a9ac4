import {
  COMMENT_STATUSES,
  type CommentStatus,
  type CommentSummary,
} from '../../shared/comments/comment-schema'
import type { Backend } from '../api/dispatch'
import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { terminalLine } from './terminal-text'

/** The largest page `comments.list` gives. */
const PAGE = 500

/** Every comment of one queue, newest first, a page at a time. */
async function wholeQueue(backend: Backend, status: CommentStatus): Promise<CommentSummary[]> {
  const all: CommentSummary[] = []
  for (;;) {
    const page = await call(backend, 'comments.list', { status, offset: all.length, limit: PAGE })
    all.push(...page.items)
    if (page.items.length < PAGE || all.length >= page.total) return all
  }
}

/** One table row: untrusted text flattened to a single harmless line. */
function row(c: CommentSummary): string {
  const article = c.articleId ?? (terminalLine(c.articleTitle, 30) || '-')
  return [
    c.id,
    c.status,
    terminalLine(c.author.name, 30) || '-',
    c.createdAt,
    article,
    terminalLine(c.body, 60),
  ].join('\t')
}

/**
 * `midad comments list [--status S] [--json]`: one queue, or all four (Pending, Approved, Spam,
 * Trash, each newest first). The table shows one line per comment; `--json` gives the
 * summaries as the API returns them.
 */
export async function listComments(
  status: CommentStatus | undefined,
  flags: { 'data-dir'?: string | undefined; json?: boolean | undefined },
  io: CliIo,
): Promise<void> {
  const queues = status ? [status] : COMMENT_STATUSES
  const comments = await withBackend(flags['data-dir'], io, async (backend) => {
    const all: CommentSummary[] = []
    for (const queue of queues) all.push(...(await wholeQueue(backend, queue)))
    return all
  })
  if (flags.json) {
    io.out(JSON.stringify(comments, null, 2))
    return
  }
  for (const c of comments) io.out(row(c))
}
