import { type FileHandle, mkdir, open } from 'node:fs/promises'
import { ApiError } from '../../shared/api/errors'
import { AuditEntry } from '../../shared/comments/audit-schema'
import type { ModerationEvent } from '../../shared/comments/comment-schema'
import type { DataLayout } from '../store/data-layout'
import { appendJsonLines } from '../store/json-lines'

/** The audit form of a moderation step. */
export function auditEntry(
  actionId: string,
  commentId: string,
  event: ModerationEvent,
): AuditEntry {
  const by = event.by
  return {
    at: event.at,
    actionId,
    commentId,
    action: event.action,
    from: event.from ?? null,
    to: event.to ?? null,
    by: by.kind === 'person' ? by.name || 'person' : by.kind,
    rule: by.kind === 'rule' ? by.match.rule : null,
    word: by.kind === 'rule' ? (by.match.word ?? null) : null,
  }
}

/**
 * The moderation audit log: `comments/audit.ndjson`, append-only, one fsync'd line per step. It
 * outlives the comments it names (a permanent delete is logged too), which is what an audit is
 * for. Reading skips a torn or invalid line rather than losing the whole log.
 */
export class AuditLog {
  constructor(
    private readonly layout: DataLayout,
    private readonly readOnly?: { reason: string } | undefined,
  ) {}

  async append(entries: readonly AuditEntry[]): Promise<void> {
    if (this.readOnly) throw new ApiError('read_only', this.readOnly.reason)
    if (!entries.length) return
    await mkdir(this.layout.commentsDir, { recursive: true })
    await appendJsonLines(this.layout.commentAudit, entries)
  }

  /**
   * The newest `limit` entries, newest first. The file is read backwards a block at a time, so
   * the panel's last thousand steps cost the same after an import of 200,000 comments.
   */
  async read(limit: number): Promise<AuditEntry[]> {
    let handle: FileHandle
    try {
      handle = await open(this.layout.commentAudit, 'r')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const entries: AuditEntry[] = []
    try {
      let position = (await handle.stat()).size
      // Bytes of a line cut by the block boundary, waiting for the block before it.
      let carry = Buffer.alloc(0)
      while (position > 0 && entries.length < limit) {
        const length = Math.min(BLOCK, position)
        position -= length
        const block = Buffer.alloc(length)
        await handle.read(block, 0, length, position)
        const bytes = Buffer.concat([block, carry])
        const cut = position > 0 ? bytes.indexOf(0x0a) + 1 : 0
        carry = bytes.subarray(0, cut)
        if (position > 0 && cut === 0) {
          carry = bytes
          continue
        }
        const lines = bytes.subarray(cut).toString('utf8').split('\n')
        for (let i = lines.length - 1; i >= 0 && entries.length < limit; i--) {
          const entry = parseLine(lines[i] ?? '')
          if (entry) entries.push(entry)
        }
      }
    } finally {
      await handle.close()
    }
    return entries
  }
}

/** How much of the log is read at a time, from the end. */
const BLOCK = 256 * 1024

/** One line of the log; null for a blank, torn or hand-edited one (the rest still reads). */
function parseLine(line: string): AuditEntry | null {
  if (!line) return null
  try {
    return AuditEntry.parse(JSON.parse(line))
  } catch {
    return null
  }
}
