import type { HandlerMap } from '../../../shared/api/define'
import { ApiError } from '../../../shared/api/errors'
import type { commentsContract } from '../../../shared/comments/comments-contract'
import type { TargetStore } from '../../publish/targets/target-store'
import type { DataLayout } from '../../store/data-layout'
import type { AuditLog } from '../audit-log'
import type { CommentOutbox } from '../comment-outbox'
import type { CommentStore } from '../comment-store'
import { ArticleIndex, type ArticleSource } from './article-index'
import { wordpressSource } from './comment-changes'
import { CommentSync } from './comment-sync'
import { addIds } from './id-ranges'
import type { CommentReceiver } from './receive-from-site'
import { resolveConflict } from './resolve-conflict'
import { SITE_STATUS } from './site-status'
import { SyncFile } from './sync-file'

/** One minute: new comments show up about as fast as a moderator looks again. */
export const DEFAULT_SYNC_INTERVAL_MS = 60_000

export interface CommentSyncOptions {
  layout: DataLayout
  /** The comment store, or its opening (a large store loads while the app starts). */
  store: CommentStore | Promise<CommentStore>
  /** The comment service: new comments go through its `receive` (dedupe, rules, history). */
  service: CommentReceiver
  audit: AuditLog
  targets: TargetStore
  /** The articles, to find the one a WordPress post was published from. */
  articles?: ArticleSource | undefined
  now: () => Date
  readOnly?: { reason: string } | undefined
  /** The moderator's display name (settings), for a `resolve` in the history. */
  moderator?: () => string
  /** How often `start()` syncs every WordPress target (fetch, and retry the queue). */
  intervalMs?: number
  /** How long one request to a site may take (30 s by default). */
  timeoutMs?: number | undefined
}

type SyncMethods = 'comments.sync' | 'comments.syncState' | 'comments.resolve'

/** The comment sync of a backend: what to connect to the service, its methods, its timer. */
export interface CommentSyncHandle {
  /** Give it to `CommentService.connectOutbox`: decisions on WordPress comments go to it. */
  outbox: CommentOutbox
  /** The sync once the store and `sync.json` are read (rejects when they cannot be). */
  loaded: () => Promise<CommentSync>
  handlers: Pick<HandlerMap<typeof commentsContract>, SyncMethods>
  /** Pushes what a previous run left queued, then syncs every `intervalMs`. */
  start: () => void
  /** Stops the timer and waits for the round in progress. */
  stop: () => Promise<void>
}

/**
 * Sets up WordPress comment sync on a data directory's comments (see {@link CommentSync}). It
 * returns at once; the store and `comments/sync.json` are read in the background, and every
 * method waits for them. A damaged sync.json is set aside, and the decisions it held are queued
 * again from the comments themselves (a WordPress comment whose status here is not its site's
 * status, and is no conflict, is a decision not yet pushed).
 */
export function createCommentSync(options: CommentSyncOptions): CommentSyncHandle {
  const moderator = options.moderator ?? (() => '')
  const ready = (async () => {
    const store = await options.store
    const file = await SyncFile.open(options.layout, options.readOnly)
    if (file.damage) await requeueFromStore(store, file, options.now)
    const sync = new CommentSync({
      store,
      audit: options.audit,
      now: options.now,
      file,
      receiver: options.service,
      articles: new ArticleIndex(options.articles),
      targets: options.targets,
      readOnly: options.readOnly,
      timeoutMs: options.timeoutMs,
    })
    const resolveDeps = { store, audit: options.audit, now: options.now, sites: sync.sites }
    const resolve = (id: string, keep: 'site' | 'mine') =>
      resolveConflict({ ...resolveDeps, file, moderator, kick: () => sync.kick() }, id, keep)
    return { sync, resolve }
  })()
  // Reported by each call that needs it; it must not also be an unhandled rejection.
  ready.catch(() => undefined)
  let timer: ReturnType<typeof setInterval> | undefined
  let stopped = false
  return {
    outbox: { decided: async (comments) => (await ready).sync.decided(comments) },
    loaded: async () => (await ready).sync,
    handlers: {
      'comments.sync': async ({ targetId }) => (await ready).sync.sync(targetId),
      'comments.syncState': async () => (await ready).sync.states(),
      'comments.resolve': async ({ id, keep }) => {
        if (options.readOnly) throw new ApiError('read_only', options.readOnly.reason)
        return (await ready).resolve(id, keep)
      },
    },
    start: () => {
      if (options.readOnly || timer) return
      stopped = false
      void ready.then(({ sync }) => !stopped && sync.kick()).catch(() => undefined)
      timer = setInterval(() => {
        void ready
          .then(({ sync }) => sync.sync(undefined, { all: false, fetch: true }))
          .catch(() => undefined)
      }, options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS)
      timer.unref?.()
    },
    stop: async () => {
      stopped = true
      clearInterval(timer)
      timer = undefined
      const loaded = await ready.catch(() => null)
      await loaded?.sync.idle()
    },
  }
}

/** Rebuilds the queue and the received ids from the comments, after sync.json was lost. */
async function requeueFromStore(store: CommentStore, file: SyncFile, now: () => Date) {
  const seen = new Map<string, number[]>()
  for (const comment of store.all()) {
    const source = wordpressSource(comment)
    if (!source) continue
    const ids = seen.get(source.targetId) ?? []
    ids.push(source.remoteId)
    seen.set(source.targetId, ids)
    if (comment.conflict || SITE_STATUS[comment.status] === source.siteStatus) continue
    file.enqueue({
      commentId: comment.id,
      targetId: source.targetId,
      remoteId: source.remoteId,
      status: comment.status,
      baseStatus: source.siteStatus,
      baseBody: source.siteBody,
      queuedAt: now().toISOString(),
      attempts: 0,
      lastError: null,
    })
  }
  for (const [targetId, ids] of seen) file.target(targetId).seen = addIds([], ids)
  await file.save()
}
