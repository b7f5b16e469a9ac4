import { randomBytes } from 'node:crypto'
import { ApiError } from '../../shared/api/errors'
import type { ArticleSummary } from '../../shared/articles/article-schema'
import {
  type Comment,
  type ModerationActor,
  type QueueCounts,
  summarizeComment,
  wellFormed,
} from '../../shared/comments/comment-schema'
import type { ActionResult, ModerateAction } from '../../shared/comments/comments-contract'
import type { CommentRules } from '../../shared/comments/rules-schema'
import type { Settings } from '../../shared/settings/settings-schema'
import { type AuditLog, auditEntry } from './audit-log'
import { CommentIndex, warmSearch } from './comment-index'
import type { CommentOutbox } from './comment-outbox'
import { authorHistory, commentedArticles, type ListQuery, listComments } from './comment-queries'
import type { CommentStore } from './comment-store'
import type { IncomingComment } from './incoming-comment'
import {
  type Change,
  deleteChanges,
  editChanges,
  moderateChanges,
  person,
  replyChange,
} from './moderation'
import { receiveComments } from './receive-comments'
import type { RulesStore } from './rules-store'
import { undoChanges } from './undo-changes'
import { UndoStack } from './undo-stack'

/** Plain collaborators, so the service runs (and is tested) without Electron. */
export interface CommentServiceOptions {
  /** The store, or its opening: a large store loads while the app starts. */
  store: CommentStore | Promise<CommentStore>
  audit: AuditLog
  rules: RulesStore | Promise<RulesStore>
  /** Local articles, to resolve an incoming comment's article (an ArticleStore). */
  articles: { list(): ArticleSummary[] }
  /** The moderator's display name and the newsroom's site title (a SettingsStore). */
  settings: { get(): Settings }
  now: () => Date
  /** Random letters for new comment and action ids. */
  newId?: () => string
  readOnly?: { reason: string } | undefined
  outbox?: CommentOutbox | undefined
  /** Where a failure that must not fail the action (the outbox) is reported. */
  log?: (message: string) => void
}

/** The name replies are signed with when the site has no title. */
export const NEWSROOM = 'غرفة الأخبار'

/** Imports are stored this many comments per append, so one write stays bounded. */
const CHUNK = 5_000

interface Loaded {
  store: CommentStore
  index: CommentIndex
  rules: RulesStore
}

/**
 * Comment moderation: the queues (from in-memory indexes kept in step with the store), the
 * actions (each one append, each undoable), incoming comments through the rules, and the audit
 * log. Every action reads, decides and writes inside the store's exclusive section.
 */
export class CommentService {
  private readonly ready: Promise<Loaded>
  private readonly undos = new UndoStack()
  private outbox: CommentOutbox | undefined
  private readonly newId: () => string
  private readonly log: (message: string) => void
  private closed = false

  constructor(private readonly options: CommentServiceOptions) {
    this.outbox = options.outbox
    this.newId = options.newId ?? (() => randomBytes(9).toString('base64url'))
    this.log = options.log ?? ((message) => console.error(message))
    this.ready = Promise.all([options.store, options.rules]).then(([store, rules]) => {
      const index = new CommentIndex(store.all())
      store.onChange((changes) => index.update(changes))
      warmSearch(index, () => this.closed)
      return { store, index, rules }
    })
    // A load failure is reported by each call; it must not also be an unhandled rejection.
    this.ready.catch(() => undefined)
  }

  /** The WordPress sync, built after the service, receives its decisions from then on. */
  connectOutbox(outbox: CommentOutbox): void {
    this.outbox = outbox
  }

  /** The loaded store and indexes; rejects with the load's error (a damaged shard). */
  loaded(): Promise<Loaded> {
    return this.ready
  }

  async list(query: ListQuery) {
    return listComments((await this.ready).index, query)
  }

  async get(id: string): Promise<Comment> {
    return this.require((await this.ready).store, [id])[0] as Comment
  }

  async counts(): Promise<QueueCounts> {
    return (await this.ready).index.counts()
  }

  async articles() {
    const { index } = await this.ready
    const titles = new Map(this.options.articles.list().map((a) => [a.id, a.title]))
    return commentedArticles(index, titles)
  }

  async author(id: string) {
    const found = authorHistory((await this.ready).index, id)
    if (!found) throw notFound([id])
    return found
  }

  async rules(): Promise<CommentRules> {
    return (await this.ready).rules.get()
  }

  async setRules(rules: CommentRules): Promise<CommentRules> {
    return (await this.ready).rules.set(rules)
  }

  audit(limit: number) {
    return this.options.audit.read(limit)
  }

  /** Approve, unapprove, spam, trash or restore; comments already there are left out. */
  moderate(ids: readonly string[], action: ModerateAction): Promise<ActionResult> {
    return this.act((store, by, at) => moderateChanges(this.require(store, ids), action, by, at))
  }

  /** Deletes for good, only from Spam or Trash: anything else refuses the whole call. */
  delete(ids: readonly string[]): Promise<ActionResult> {
    return this.act((store, by, at) => deleteChanges(this.require(store, ids), by, at))
  }

  /** Replies as the newsroom: approved at once, signed with the site's name, by this user. */
  reply(parentId: string, body: string): Promise<ActionResult> {
    return this.act((store, by, at) => {
      const parent = this.require(store, [parentId])[0] as Comment
      const { siteTitle, displayName } = this.options.settings.get()
      const signed = { name: siteTitle || NEWSROOM, by: displayName }
      return [replyChange(parent, wellFormed(body), this.freeId(store), signed, by, at)]
    })
  }

  /** Changes a comment's text; the old text is kept in the edit's history event. */
  edit(id: string, body: string): Promise<ActionResult> {
    return this.act((store, by, at) => {
      const comment = this.require(store, [id])[0] as Comment
      return editChanges(comment, wellFormed(body), by, at)
    })
  }

  /** Undoes an action of this session, unless one of its comments has changed since. */
  async undo(actionId: string): Promise<ActionResult> {
    const result = await this.act(
      (store, by, at) => {
        const steps = this.undos.get(actionId)
        if (!steps) {
          throw new ApiError(
            'not_found',
            `Action ${actionId} cannot be undone: it is not one of this session's last actions.`,
          )
        }
        const undos = this.undos
        return undoChanges(
          steps,
          (id) => store.get(id),
          (id, v) => undos.effective(id, v),
          by,
          at,
        )
      },
      (changes) => {
        // Each comment brought back stands for the state it had before the action.
        const steps = new Map(this.undos.get(actionId)?.map((step) => [step.id, step]))
        for (const { after } of changes) {
          const before = after && steps.get(after.id)?.before
          if (after && before) this.undos.restored(after.id, after.version, before.version)
        }
      },
    )
    this.undos.drop(actionId)
    return result
  }

  /**
   * Stores comments that came in (an import, a WordPress fetch) through the rules. Duplicates are
   * skipped; `by` is recorded as who brought each in, unless a rule decided.
   */
  async receive(
    incoming: readonly IncomingComment[],
    by: ModerationActor,
  ): Promise<{ added: Comment[]; skipped: number }> {
    this.writable()
    const { store, index, rules } = await this.ready
    return store.exclusive(async () => {
      const articles = this.options.articles.list()
      const received = receiveComments(incoming, by, this.options.now().toISOString(), {
        rules: rules.ruleSet(),
        has: (id) => store.get(id) !== undefined,
        remote: (key) => index.byRemote.get(key),
        hasApproved: (key) => index.hasApproved(key),
        articles: {
          byId: new Map(articles.map((a) => [a.id, a.title])),
          bySlug: new Map(
            articles.filter((a) => a.slug).map((a) => [a.slug, { id: a.id, title: a.title }]),
          ),
        },
        newId: this.newId,
      })
      for (let i = 0; i < received.comments.length; i += CHUNK) {
        const chunk = received.comments.slice(i, i + CHUNK)
        const actionId = this.actionId()
        await store.put(chunk)
        await this.options.audit.append(
          chunk.map((c) => auditEntry(actionId, c.id, c.history[0] as Comment['history'][0])),
        )
      }
      return { added: received.comments, skipped: received.skipped }
    })
  }

  /** Waits for the load and any write in progress, so the data directory can be released. */
  async close(): Promise<void> {
    this.closed = true
    const loaded = await this.ready.catch(() => null)
    await loaded?.store.exclusive(async () => undefined)
  }

  /**
   * Runs one action: builds its changes from the comments as they are, stores them in one
   * append, logs them, keeps them for undo, and passes the WordPress ones to the outbox.
   */
  private async act(
    build: (store: CommentStore, by: ModerationActor, at: string) => Change[],
    committed?: (changes: readonly Change[]) => void,
  ): Promise<ActionResult> {
    this.writable()
    const { store } = await this.ready
    const { result, wordpress } = await store.exclusive(async () => {
      const at = this.options.now().toISOString()
      const changes = build(store, person(this.options.settings.get().displayName), at)
      const actionId = this.actionId()
      const puts = changes.flatMap((c) => (c.after ? [c.after] : []))
      const removes = changes.flatMap((c) => (c.after || !c.before ? [] : [c.before.id]))
      await store.commit(puts, removes)
      committed?.(changes)
      this.undos.record(
        actionId,
        changes.map((c) => ({
          id: (c.after ?? c.before)?.id as string,
          before: c.before,
          written: c.after?.version ?? null,
        })),
      )
      await this.options.audit.append(
        changes.map((c) => auditEntry(actionId, (c.after ?? c.before)?.id as string, c.event)),
      )
      return {
        result: { actionId, comments: puts.map(summarizeComment), removed: removes },
        wordpress: puts.filter((c) => c.source.kind === 'wordpress'),
      }
    })
    if (wordpress.length && this.outbox) {
      await this.outbox.decided(wordpress).catch((error: unknown) => {
        this.log(`Comment sync could not queue ${wordpress.length} decisions: ${String(error)}`)
      })
    }
    return result
  }

  /** The comments named, each once; any unknown id fails the call before anything changes. */
  private require(store: CommentStore, ids: readonly string[]): Comment[] {
    const unique = [...new Set(ids)]
    const missing = unique.filter((id) => !store.get(id))
    if (missing.length) throw notFound(missing)
    return unique.map((id) => store.get(id) as Comment)
  }

  private writable(): void {
    if (this.options.readOnly) throw new ApiError('read_only', this.options.readOnly.reason)
  }

  private freeId(store: CommentStore): string {
    let id = `c-${this.newId()}`
    while (store.get(id)) id = `c-${this.newId()}`
    return id
  }

  private actionId(): string {
    return `a-${this.newId()}`
  }
}

function notFound(ids: readonly string[]): ApiError {
  return new ApiError(
    'not_found',
    `No comment ${ids.length === 1 ? ids[0] : `with these ids: ${ids.slice(0, 20).join(', ')}`}.`,
    { ids: [...ids] },
  )
}
