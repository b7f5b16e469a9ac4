import { wellFormed } from '../../../shared/comments/comment-schema'
import { asFailure } from '../../publish/jobs/job-runner'
import { WordPressError } from '../../publish/wordpress/wordpress-error'
import {
  type ChangeDeps,
  markConflict,
  markGone,
  recordSite,
  type SiteState,
  wordpressSource,
} from './comment-changes'
import { SITE_STATUS, siteStatusOf, VERB } from './site-status'
import type { QueuedDecision, SyncFile } from './sync-file'
import type { WordPressComments, WpComment } from './wordpress-comments'

export interface PushDeps extends ChangeDeps {
  file: SyncFile
}

/** What pushing a target's queue did. */
export interface PushResult {
  pushed: number
  conflicts: number
  /** Why the queue stopped (the site is unreachable), in the site's words; null when it did not. */
  error: string | null
}

type Outcome = 'pushed' | 'conflict' | 'dropped'

const siteOf = (remote: WpComment): SiteState | null => {
  const status = siteStatusOf(remote)
  return status ? { status, body: wellFormed(remote.content.raw) } : null
}

/**
 * Pushes one decision. The comment is read from the site first: when the site changed it since
 * we last saw it (`baseStatus`/`baseBody`), that is a conflict, and the site is left as it is.
 * Out of Trash or Spam goes through WordPress's own `untrash`/`unspam` (which put back what the
 * comment was), then to the status wanted if that is not it yet. WordPress answers "approved"
 * for "approve"; what it answers is recorded as the comment's site state.
 */
async function pushOne(
  deps: PushDeps,
  api: WordPressComments,
  entry: QueuedDecision,
  actionId: string,
): Promise<Outcome> {
  const comment = deps.store.get(entry.commentId)
  // Deleted here for good: a permanent delete is not pushed (the site keeps its copy).
  if (!comment || !wordpressSource(comment)) return 'dropped'
  const remote = await api.get(entry.remoteId)
  if (!remote) {
    await markGone(deps, entry.commentId, actionId)
    return 'dropped'
  }
  const site = siteOf(remote)
  if (!site)
    throw new WordPressError(
      'comment_unmanaged',
      `The site has comment ${entry.remoteId} as "${remote.status}" (its post is in the trash), which cannot be changed from here.`,
    )
  const want = SITE_STATUS[comment.status]
  const changedThere = site.status !== entry.baseStatus || site.body !== entry.baseBody
  if (changedThere && !(site.status === want && site.body === entry.baseBody)) {
    await markConflict(deps, entry.commentId, site, actionId)
    return 'conflict'
  }
  if (site.status === want) {
    await recordSite(deps, entry.commentId, site)
    return 'dropped'
  }
  let now = remote
  if (site.status === 'trash' && want !== 'trash') now = await api.setStatus(remote.id, 'untrash')
  if (site.status === 'spam' && want !== 'spam') now = await api.setStatus(remote.id, 'unspam')
  if (now.status !== want) now = await api.setStatus(remote.id, VERB[want])
  const after = siteOf(now)
  if (after) await recordSite(deps, entry.commentId, after)
  if (after?.status !== want)
    throw new WordPressError(
      'status_refused',
      `The site kept comment ${remote.id} as "${now.status}" instead of "${want}".`,
    )
  return 'pushed'
}

/**
 * Pushes a target's queued decisions, oldest first. A site that cannot be reached (or answers
 * 5xx) stops the round: the rest stay queued for the next sync or the timer. A refusal (401,
 * 403, 400…) is recorded on its decision, which the timer then leaves alone (`all` retries it).
 * A decision replaced while it was being pushed stays queued, based on what the site has now.
 */
export async function pushDecisions(
  deps: PushDeps,
  api: WordPressComments,
  targetId: string,
  options: { all: boolean; actionId: string },
): Promise<PushResult> {
  const result: PushResult = { pushed: 0, conflicts: 0, error: null }
  const due = deps.file.data.queue.filter(
    (e) => e.targetId === targetId && (options.all || !e.lastError || e.lastError.retryable),
  )
  for (const entry of due) {
    try {
      const outcome = await pushOne(deps, api, entry, options.actionId)
      if (outcome === 'pushed') result.pushed++
      if (outcome === 'conflict') result.conflicts++
      settle(deps, entry, outcome === 'conflict')
    } catch (error) {
      const failure = asFailure(error)
      const current = deps.file.queued(entry.commentId)
      if (current?.queuedAt === entry.queuedAt) {
        current.attempts++
        current.lastError = {
          code: failure.code.slice(0, 200),
          message: failure.message.slice(0, 2_000),
          retryable: failure.retryable,
          at: deps.now().toISOString(),
        }
      }
      if (failure.retryable) {
        result.error = failure.message
        break
      }
    } finally {
      await deps.file.save()
    }
  }
  return result
}

/**
 * Takes a pushed decision off the queue. One queued after it (the moderator acted again while
 * it was on its way) stays, with the site's new state as its base; a conflict drops it too.
 */
function settle(deps: PushDeps, entry: QueuedDecision, conflict: boolean): void {
  const current = deps.file.queued(entry.commentId)
  if (!current) return
  const source = wordpressSource(deps.store.get(entry.commentId))
  if (current.queuedAt === entry.queuedAt || conflict || !source) {
    deps.file.drop(entry.commentId)
    return
  }
  current.baseStatus = source.siteStatus
  current.baseBody = source.siteBody
}
