import { randomUUID } from 'node:crypto'
import { readdir, rm } from 'node:fs/promises'
import { Low } from 'lowdb'
import { ApiError } from '../../shared/api/errors'
import {
  Article,
  type ArticleFields,
  type ArticleStatus,
  type ArticleSummary,
  summarize,
} from '../../shared/articles/article-schema'
import type { ArticleChanges } from '../../shared/articles/articles-contract'
import { emptyDoc } from '../../shared/articles/doc-schema'
import type { RevisionInfo } from '../../shared/articles/revision-schema'
import type { WorkflowEvent } from '../../shared/publish/publication-schema'
import type { RecoveryNotice } from '../../shared/store/store-contract'
import type { SlugStyle } from '../../shared/style/house-style'
import type { DataLayout } from '../store/data-layout'
import { IndexJournal } from '../store/index-journal'
import { SchemaFile } from '../store/schema-file'
import { SerialQueue } from '../store/serial-queue'
import { quarantineArticle } from './article-recovery'
import { newArticleSlug } from './article-slug'
import { RevisionStore } from './revision-store'

export interface ArticleStoreOptions {
  now?: () => Date
  newId?: () => string
  /** Set when another process holds the data directory: every write is refused. */
  readOnly?: { reason: string } | undefined
  /** Index journal entries before it is folded into index.json (default 2,000). */
  compactAfter?: number | undefined
  /** Who is saving: the display name from the settings, recorded on each revision ('' for none). */
  author?: () => string
  /** How a new article's slug is made from its title (the house style's `slugs`; default Arabic). */
  slugStyle?: () => SlugStyle
}

const blankFields = (): ArticleFields => ({
  title: '',
  standfirst: '',
  body: emptyDoc(),
  excerpt: '',
  slug: '',
  byline: '',
  tags: [],
  category: '',
  status: 'draft',
})

const isInvalidData = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.code === 'invalid_data'

/**
 * Articles on disk: one lowdb file per article (`articles/<id>.json`), every saved revision in
 * `revisions/<id>/`, and a journaled index for the list view. A save writes the revision, appends
 * one line to the index journal, then replaces the article file: never the archive. Every save
 * names the revision it was based on; a stale one is refused with a `conflict` error.
 *
 * A damaged article file is moved to `quarantine/` and its newest good revision put back; the
 * store remembers a notice for the UI.
 */
export class ArticleStore {
  readonly revisions: RevisionStore
  /** Damaged files found and set aside since the store opened. */
  readonly recoveries: RecoveryNotice[] = []
  private readonly queue = new SerialQueue()
  private readonly now: () => Date
  private readonly newId: () => string
  private readonly authorName: (() => string) | undefined
  private readonly readOnly: { reason: string } | undefined
  private readonly slugStyle: () => SlugStyle
  private index!: IndexJournal
  /** Each article's tags, for {@link tags}; read on first use, then kept up to date by writes. */
  private tagsById: Map<string, readonly string[]> | null = null

  /** Who a new revision is saved by: the display name now, or none (not the last saver's). */
  private author(): string | undefined {
    const name = this.authorName?.().trim() ?? ''
    return name ? [...name].slice(0, 100).join('') : undefined
  }

  private constructor(
    private readonly layout: DataLayout,
    options: ArticleStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? (() => randomUUID())
    this.authorName = options.author
    this.readOnly = options.readOnly
    this.slugStyle = options.slugStyle ?? (() => 'arabic')
    this.revisions = new RevisionStore(layout)
  }

  /**
   * Opens the store: loads the index and replays its journal, then checks the one article a crash
   * could have left half-saved (the last one the journal names). A missing or damaged index is
   * rebuilt from the article files.
   */
  static async open(layout: DataLayout, options: ArticleStoreOptions = {}): Promise<ArticleStore> {
    const store = new ArticleStore(layout, options)
    const { journal, lastTouched } = await IndexJournal.load(
      layout.index,
      layout.journal,
      layout.root,
    )
    if (!journal) {
      store.index = await IndexJournal.create(layout.index, layout.journal, layout.root, {}, false)
      await store.rebuildIndex()
    } else {
      store.index = journal
      if (lastTouched) await store.reconcile(lastTouched)
    }
    if (options.compactAfter) store.index.compactAfter = options.compactAfter
    return store
  }

  /** Summaries, most recently updated first. */
  list(status?: ArticleStatus): ArticleSummary[] {
    // Each date is parsed once, not at every comparison: at 50,000 articles that is the difference
    // between 12 ms and 100 ms of opening.
    return Object.values(this.index.articles)
      .filter((a) => status === undefined || a.status === status)
      .map((a) => ({ a, t: Date.parse(a.updatedAt) }))
      .sort((x, y) => y.t - x.t || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0))
      .map(({ a }) => a)
  }

  /** Reads an article; a damaged file is quarantined and its last good revision returned. */
  get(id: string): Promise<Article> {
    return this.readOrRecover(id, (error) => this.queue.run(() => this.recover(id, error)))
  }

  /** {@link get} for code already running in the write queue (queueing again would deadlock). */
  private getQueued(id: string): Promise<Article> {
    return this.readOrRecover(id, (error) => this.recover(id, error))
  }

  private async readOrRecover(
    id: string,
    recover: (error: ApiError) => Promise<Article>,
  ): Promise<Article> {
    try {
      return await this.read(id)
    } catch (error) {
      if (!isInvalidData(error) || this.readOnly) throw error
      return recover(error)
    }
  }

  /** A new article; its slug is made from its title unless one is given (see `newArticleSlug`). */
  create(fields: Partial<ArticleFields>): Promise<Article> {
    return this.queue.run(async () => {
      this.assertWritable()
      const at = this.now().toISOString()
      const others = () => Object.values(this.index.articles).map((summary) => summary.slug)
      const article = Article.parse({
        ...blankFields(),
        ...fields,
        ...newArticleSlug(fields, this.slugStyle(), others),
        id: this.newId(),
        createdAt: at,
        updatedAt: at,
        revision: 1,
        savedBy: this.author(),
      })
      await this.write(article)
      return article
    })
  }

  save(id: string, baseRevision: number, changes: ArticleChanges): Promise<Article> {
    return this.queue.run(async () => {
      this.assertWritable()
      const current = await this.currentFor(id, baseRevision)
      const updatedAt = this.later(current.updatedAt)
      const moved = changes.status !== undefined && changes.status !== current.status
      const next = Article.parse({
        ...current,
        ...changes,
        ...(moved
          ? { workflow: this.step(current, { to: changes.status as ArticleStatus, at: updatedAt }) }
          : {}),
        updatedAt,
        revision: current.revision + 1,
        savedBy: this.author(),
      })
      await this.write(next)
      return next
    })
  }

  /**
   * Saves what the backend itself decides about an article (its status after a publish job, its
   * publication records, a correction), on top of whatever revision is current: `apply` gets the
   * current article and returns the fields to change. A status change is added to the workflow,
   * with `target` when it went to (or came off) a publishing target.
   */
  update(
    id: string,
    apply: (current: Article) => Partial<Omit<Article, 'id' | 'revision' | 'workflow'>>,
    target?: string,
  ): Promise<Article> {
    return this.queue.run(async () => {
      this.assertWritable()
      const current = await this.getQueued(id)
      const changes = apply(current)
      const updatedAt = this.later(current.updatedAt)
      const moved = changes.status !== undefined && changes.status !== current.status
      const next = Article.parse({
        ...current,
        ...changes,
        ...(moved
          ? {
              workflow: this.step(current, {
                to: changes.status as ArticleStatus,
                at: updatedAt,
                ...(target ? { target } : {}),
              }),
            }
          : {}),
        updatedAt,
        revision: current.revision + 1,
        savedBy: this.author(),
      })
      await this.write(next)
      return next
    })
  }

  /** The article's workflow with one more step, from its current status, by the current user. */
  private step(current: Article, event: Omit<WorkflowEvent, 'from' | 'by'>): WorkflowEvent[] {
    const steps = [
      ...(current.workflow ?? []),
      { from: current.status, by: this.author() ?? '', ...event },
    ]
    // The schema keeps the newest 1,000 steps.
    return steps.slice(-1_000)
  }

  /**
   * Every tag in use and how many articles carry it, most used first (then alphabetically). The
   * first call reads every article; later ones use what the writes kept up to date.
   */
  async tags(): Promise<{ tag: string; count: number }[]> {
    // Built in the write queue, so no save slips between the reads and the map.
    const byId =
      this.tagsById ??
      (await this.queue.run(async () => {
        if (this.tagsById) return this.tagsById
        const built = new Map<string, readonly string[]>()
        for (const { id } of this.list()) {
          try {
            built.set(id, (await this.getQueued(id)).tags)
          } catch {
            // A file that cannot be read has no tags to offer; it is reported elsewhere.
          }
        }
        this.tagsById = built
        return built
      }))
    const counts = new Map<string, number>()
    for (const tags of byId.values())
      for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'ar'))
  }

  delete(id: string, baseRevision: number): Promise<void> {
    return this.queue.run(async () => {
      this.assertWritable()
      await this.currentFor(id, baseRevision)
      // The revisions stay on disk: a deleted article can still be recovered by hand.
      await this.index.remove(id)
      this.tagsById?.delete(id)
      await rm(this.layout.article(id))
      await this.index.maybeCompact()
    })
  }

  /** The kept revisions of an article, newest first. */
  async history(id: string): Promise<RevisionInfo[]> {
    const current = await this.get(id)
    return this.revisions.history(id, current.revision)
  }

  /** One kept revision of an existing article. */
  async revision(id: string, revision: number): Promise<Article> {
    const current = await this.get(id)
    return this.revisions.read(id, revision, current.revision)
  }

  /**
   * Saves the text of `revision` as a new revision on top of `baseRevision`; the status and slug
   * stay as they are now. Nothing is overwritten: the replaced version stays in the history.
   */
  restore(id: string, revision: number, baseRevision: number): Promise<Article> {
    return this.queue.run(async () => {
      this.assertWritable()
      const current = await this.currentFor(id, baseRevision)
      const old = await this.revisions.read(id, revision, current.revision)
      const { title, standfirst, body, excerpt, byline, tags, category } = old
      const next = Article.parse({
        ...current,
        ...{ title, standfirst, body, excerpt, byline, tags, category },
        // The picture belongs with the text it was chosen for; none then means none now.
        featuredImage: old.featuredImage ?? null,
        updatedAt: this.later(current.updatedAt),
        revision: current.revision + 1,
        savedBy: this.author(),
      })
      await this.write(next)
      return next
    })
  }

  /**
   * Runs `task` while no save, create or delete can run, e.g. to copy the data directory for a
   * backup that must see every article and the index at one consistent moment.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task)
  }

  /** Reads every article file (recovering damaged ones) and writes a fresh index. */
  async rebuildIndex(): Promise<void> {
    for (const id of Object.keys(this.index.articles)) this.index.apply({ op: 'del', id })
    for (const id of await this.fileIds()) {
      const article = await this.tryGet(id)
      if (article) this.index.apply({ op: 'put', summary: summarize(article) })
    }
    if (!this.readOnly) await this.index.compact()
  }

  /** Reads every article once, so damaged files are found now rather than when opened. */
  async scan(): Promise<void> {
    for (const id of await this.fileIds()) await this.tryGet(id)
  }

  private async fileIds(): Promise<string[]> {
    // A directory another process has not finished creating has no articles yet.
    const names = await readdir(this.layout.articlesDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[]
      throw error
    })
    return names.filter((f) => f.endsWith('.json') && !f.startsWith('.')).map((f) => f.slice(0, -5))
  }

  private async tryGet(id: string): Promise<Article | null> {
    try {
      return await this.get(id)
    } catch (error) {
      if (isInvalidData(error) || (error instanceof ApiError && error.code === 'not_found'))
        return null
      throw error
    }
  }

  /** Makes the index entry of `id` agree with its file, after a crash in the middle of a save. */
  private async reconcile(id: string): Promise<void> {
    const article = await this.tryGet(id)
    const indexed = this.index.articles[id]
    if (article && indexed?.revision === article.revision) return
    const entry = article
      ? ({ op: 'put', summary: summarize(article) } as const)
      : ({ op: 'del', id } as const)
    if (this.readOnly) this.index.apply(entry)
    else if (article) await this.index.put(summarize(article))
    else await this.index.remove(id)
  }

  private async read(id: string): Promise<Article> {
    const article = await new SchemaFile(this.layout.article(id), Article, this.layout.root).read()
    if (!article) throw new ApiError('not_found', `No article has the id "${id}".`, { id })
    if (article.id !== id && article.id.toLowerCase() === id.toLowerCase()) {
      // A case-insensitive file system (macOS, Windows) found another article's file for an id
      // that differs only in case: that id does not exist, and the file is healthy.
      throw new ApiError('not_found', `No article has the id "${id}".`, { id })
    }
    if (article.id !== id) {
      // A copied or renamed file: using it would save over the article it names.
      const file = `articles/${id}.json`
      throw new ApiError(
        'invalid_data',
        `${file} holds the article "${article.id}"; its id must match the file name.`,
        {
          file,
        },
      )
    }
    return article
  }

  private async recover(id: string, error: ApiError): Promise<Article> {
    try {
      return await this.read(id)
    } catch (again) {
      if (!isInvalidData(again)) throw again
    }
    const { restored, notice } = await quarantineArticle(
      this.layout,
      this.revisions,
      id,
      error,
      this.now(),
    )
    this.recoveries.push(notice)
    if (!restored) {
      await this.index.remove(id)
      throw new ApiError(
        'invalid_data',
        `${error.message} It was moved to ${notice.quarantined}; no good revision was found.`,
        {
          file: notice.quarantined,
        },
      )
    }
    await this.index.put(summarize(restored))
    await new Low(
      new SchemaFile(this.layout.article(id), Article, this.layout.root),
      restored,
    ).write()
    await this.index.maybeCompact()
    return restored
  }

  private async currentFor(id: string, baseRevision: number): Promise<Article> {
    const current = await this.getQueued(id)
    if (current.revision !== baseRevision) {
      throw new ApiError(
        'conflict',
        `The article was saved elsewhere (revision ${current.revision}) after this copy was opened (revision ${baseRevision}).`,
        { id, currentRevision: current.revision, baseRevision },
      )
    }
    return current
  }

  /** Revision file, then the index journal, then the article file: see {@link ArticleStore.open}. */
  private async write(article: Article): Promise<void> {
    this.tagsById?.set(article.id, article.tags)
    await this.revisions.write(article)
    await this.index.put(summarize(article))
    await new Low(
      new SchemaFile(this.layout.article(article.id), Article, this.layout.root),
      article,
    ).write()
    await this.index.maybeCompact()
    await this.revisions.thin(article.id, article.revision, this.now().getTime())
  }

  private assertWritable(): void {
    if (this.readOnly) throw new ApiError('read_only', this.readOnly.reason)
  }

  /** A timestamp strictly after `previous`, so "last updated" ordering survives a coarse clock. */
  private later(previous: string): string {
    const now = this.now()
    const prev = Date.parse(previous)
    return (now.getTime() > prev ? now : new Date(prev + 1)).toISOString()
  }
}
