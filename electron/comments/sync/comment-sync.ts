import { ApiError } from '../../../shared/api/errors'
import type { Comment } from '../../../shared/comments/comment-schema'
import type { SyncReport, SyncState } from '../../../shared/comments/comments-contract'
import { asFailure } from '../../publish/jobs/job-runner'
import type { TargetStore } from '../../publish/targets/target-store'
import { SerialQueue } from '../../store/serial-queue'
import type { CommentOutbox } from '../comment-outbox'
import type { ArticleIndex } from './article-index'
import { type ChangeDeps, newActionId, type WpSource, wordpressSource } from './comment-changes'
import { fetchComments } from './fetch-comments'
import { pushDecisions } from './push-decisions'
import type { CommentReceiver } from './receive-from-site'
import { SITE_STATUS } from './site-status'
import type { QueuedDecision, SyncFile } from './sync-file'
import { commentsClient } from './wordpress-comments'

export interface CommentSyncDeps extends ChangeDeps {
  file: SyncFile
  receiver: CommentReceiver
  articles: ArticleIndex
  targets: Pick<TargetStore, 'list' | 'get' | 'withSecret'>
  readOnly?: { reason: string } | undefined
  /** How long one request may take; the publish default (30 s) when left out. */
  timeoutMs?: number | undefined
}

/** A round's totals, before the states are added. */
type Totals = Omit<SyncReport, 'states'>

/**
 * Comment sync with the WordPress targets: fetches (see `fetchComments`), pushes the queued
 * decisions (see `pushDecisions`), and is the service's {@link CommentOutbox}. Every round with a
 * site runs alone, one after another, so a fetch and a push never race over the same comment.
 */
export class CommentSync implements CommentOutbox {
  private readonly rounds = new SerialQueue()
  private pushWaiting = false
  readonly sites = new Map<string, WpSource>()

  constructor(private readonly deps: CommentSyncDeps) {
    deps.sites = this.sites
  }

  /** Queues the new decisions on WordPress comments and pushes them in the background. */
  async decided(comments: readonly Comment[]): Promise<void> {
    if (this.deps.readOnly) return
    const { file } = this.deps
    const targets = new Set<string>()
    const entries: QueuedDecision[] = []
    const drops: string[] = []
    for (const comment of comments) {
      const source = wordpressSource(comment)
      if (!source) continue
      const newer = this.sites.get(comment.id)
      const base = newer && newer.syncedAt > source.syncedAt ? newer : source
      // A conflict waits for a moderator to settle it: nothing goes to the site before.
      if (comment.conflict || SITE_STATUS[comment.status] === base.siteStatus) {
        drops.push(comment.id)
        continue
      }
      entries.push({
        commentId: comment.id,
        targetId: source.targetId,
        remoteId: source.remoteId,
        status: comment.status,
        baseStatus: base.siteStatus,
        baseBody: base.siteBody,
        queuedAt: this.deps.now().toISOString(),
        attempts: 0,
        lastError: null,
      })
      targets.add(source.targetId)
    }
    file.update(entries, drops)
    await file.save()
    if (targets.size) this.kick()
  }

  /** Pushes the queue in the background, once however many decisions came in meanwhile. */
  kick(): void {
    if (this.pushWaiting || this.deps.readOnly) return
    this.pushWaiting = true
    void this.rounds
      .run(async () => {
        this.pushWaiting = false
        for (const id of this.wordpressTargets()) await this.round(id, { fetch: false, all: false })
      })
      .catch(() => undefined)
  }

  /** Waits for the rounds started so far (tests, and closing). */
  idle(): Promise<void> {
    return this.rounds.run(async () => undefined)
  }

  /**
   * Fetches and pushes, for one target or every WordPress target. A site that cannot be reached
   * is in its state's `error`, not thrown. `all` also retries decisions the site refused.
   */
  async sync(targetId?: string, options = { all: true, fetch: true }): Promise<SyncReport> {
    if (this.deps.readOnly) throw new ApiError('read_only', this.deps.readOnly.reason)
    if (targetId && this.deps.targets.get(targetId).kind !== 'wordpress')
      throw new ApiError('invalid_argument', 'Comments are synced with WordPress targets only.')
    const ids = targetId ? [targetId] : this.wordpressTargets()
    return this.rounds.run(async () => {
      const totals: Totals = { fetched: 0, pushed: 0, queued: 0, conflicts: 0 }
      this.deps.articles.stale()
      this.forgetRemovedTargets()
      for (const id of ids) {
        const round = await this.round(id, options)
        totals.fetched += round.fetched
        totals.pushed += round.pushed
        totals.conflicts += round.conflicts
      }
      const states = this.states().filter((s) => ids.includes(s.targetId))
      totals.queued = states.reduce((n, s) => n + s.queued, 0)
      return { ...totals, states }
    })
  }

  /** One target: fetch (unless only pushing), then push. Failures end up in the target's state. */
  private async round(
    targetId: string,
    options: { fetch: boolean; all: boolean },
  ): Promise<Totals> {
    const totals: Totals = { fetched: 0, pushed: 0, queued: 0, conflicts: 0 }
    const { file } = this.deps
    const state = file.target(targetId)
    const actionId = newActionId('sync')
    try {
      const api = commentsClient(this.deps.targets.withSecret(targetId), this.deps.timeoutMs)
      if (options.fetch) {
        const fetched = await fetchComments(this.deps, api, targetId, actionId)
        totals.fetched = fetched.fetched
        totals.conflicts = fetched.conflicts
      }
      const pushed = await pushDecisions(this.deps, api, targetId, { ...options, actionId })
      totals.pushed = pushed.pushed
      totals.conflicts += pushed.conflicts
      state.error = pushed.error
    } catch (error) {
      state.error = asFailure(error).message.slice(0, 2_000)
    }
    await file.save()
    return totals
  }

  /** One state per WordPress target, for the panel's sync line. */
  states(): SyncState[] {
    const conflicts = new Map<string, number>()
    for (const comment of this.deps.store.all()) {
      const source = wordpressSource(comment)
      if (source && comment.conflict)
        conflicts.set(source.targetId, (conflicts.get(source.targetId) ?? 0) + 1)
    }
    const { file } = this.deps
    return this.deps.targets
      .list()
      .filter((t) => t.kind === 'wordpress')
      .map((target) => {
        const state = file.data.targets[target.id]
        const queue = file.data.queue.filter((e) => e.targetId === target.id)
        const refused = queue.find((e) => e.lastError)?.lastError?.message ?? null
        return {
          targetId: target.id,
          name: target.name,
          fetchedAt: state?.fetchedAt ?? null,
          queued: queue.length,
          conflicts: conflicts.get(target.id) ?? 0,
          error: state?.error ?? refused ?? file.damage,
        }
      })
  }

  /** A removed target's decisions can never be pushed: they stay local, and leave the queue. */
  private forgetRemovedTargets(): void {
    const { data } = this.deps.file
    const ids = new Set(this.wordpressTargets())
    data.queue = data.queue.filter((e) => ids.has(e.targetId))
    for (const id of Object.keys(data.targets)) if (!ids.has(id)) delete data.targets[id]
  }

  private wordpressTargets(): string[] {
    return this.deps.targets
      .list()
      .filter((t) => t.kind === 'wordpress')
      .map((t) => t.id)
  }
}
