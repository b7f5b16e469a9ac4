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
import type { DataLayout } from '../store/data-layout'
import { SchemaFile } from '../store/schema-file'
import { SerialQueue } from '../store/serial-queue'
import { ArticleIndex } from './article-index'

export interface ArticleStoreOptions {
  now?: () => Date
  newId?: () => string
  /** Set when another process holds the data directory: every write is refused. */
  readOnly?: { reason: string } | undefined
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

/**
 * Articles on disk: one lowdb file per article (`articles/<id>.json`) plus a small index. Saving
 * rewrites one article and the index, never the archive. Every save names the revision it was
 * based on; a stale one is refused with a `conflict` error and nothing is written.
 */
export class ArticleStore {
  private readonly queue = new SerialQueue()
  private readonly now: () => Date
  private readonly newId: () => string
  private readonly readOnly: { reason: string } | undefined

  private constructor(
    private readonly layout: DataLayout,
    private readonly index: Low<ArticleIndex>,
    options: ArticleStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? (() => randomUUID())
    this.readOnly = options.readOnly
  }

  private assertWritable(): void {
    if (this.readOnly) throw new ApiError('read_only', this.readOnly.reason)
  }

  /** Opens the store of an initialised data directory, rebuilding the index if it is missing. */
  static async open(layout: DataLayout, options: ArticleStoreOptions = {}): Promise<ArticleStore> {
    const adapter = new SchemaFile(layout.index, ArticleIndex, layout.root)
    const stored = await adapter.read()
    const store = new ArticleStore(layout, new Low(adapter, stored ?? { articles: {} }), options)
    if (!stored) await store.rebuildIndex()
    return store
  }

  /** Summaries, most recently updated first. */
  list(status?: ArticleStatus): ArticleSummary[] {
    return Object.values(this.index.data.articles)
      .filter((a) => status === undefined || a.status === status)
      .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id))
  }

  async get(id: string): Promise<Article> {
    const article = await this.fileOf(id).read()
    if (!article) throw new ApiError('not_found', `No article has the id "${id}".`, { id })
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

  create(fields: Partial<ArticleFields>): Promise<Article> {
    return this.queue.run(async () => {
      this.assertWritable()
      const at = this.now().toISOString()
      const article = Article.parse({
        ...blankFields(),
        ...fields,
        id: this.newId(),
        createdAt: at,
        updatedAt: at,
        revision: 1,
      })
      await this.write(article)
      return article
    })
  }

  save(id: string, baseRevision: number, changes: ArticleChanges): Promise<Article> {
    return this.queue.run(async () => {
      this.assertWritable()
      const current = await this.get(id)
      if (current.revision !== baseRevision) {
        throw new ApiError(
          'conflict',
          `The article was saved elsewhere (revision ${current.revision}) after this copy was opened (revision ${baseRevision}).`,
          { id, currentRevision: current.revision, baseRevision },
        )
      }
      const next = Article.parse({
        ...current,
        ...changes,
        updatedAt: this.later(current.updatedAt),
        revision: current.revision + 1,
      })
      await this.write(next)
      return next
    })
  }

  delete(id: string, baseRevision: number): Promise<void> {
    return this.queue.run(async () => {
      this.assertWritable()
      const current = await this.get(id)
      if (current.revision !== baseRevision) {
        throw new ApiError(
          'conflict',
          `The article changed (revision ${current.revision}) before it could be deleted.`,
          {
            id,
            currentRevision: current.revision,
            baseRevision,
          },
        )
      }
      await rm(this.layout.article(id))
      delete this.index.data.articles[id]
      await this.index.write()
    })
  }

  /**
   * Reads every article file and writes a fresh index (in memory only when read-only). Invalid
   * files are reported, not skipped silently.
   */
  async rebuildIndex(): Promise<void> {
    // A directory another process has not finished creating has no articles yet.
    const names = await readdir(this.layout.articlesDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return []
      throw error
    })
    const files = names.filter((f) => f.endsWith('.json') && !f.startsWith('.'))
    const articles: ArticleIndex['articles'] = {}
    for (const file of files) {
      const article = await this.get(file.slice(0, -'.json'.length))
      articles[article.id] = summarize(article)
    }
    this.index.data = { articles }
    if (!this.readOnly) await this.index.write()
  }

  private fileOf(id: string): SchemaFile<typeof Article> {
    return new SchemaFile(this.layout.article(id), Article, this.layout.root)
  }

  private async write(article: Article): Promise<void> {
    await new Low(this.fileOf(article.id), article).write()
    this.index.data.articles[article.id] = summarize(article)
    await this.index.write()
  }

  /** A timestamp strictly after `previous`, so "last updated" ordering survives a coarse clock. */
  private later(previous: string): string {
    const now = this.now()
    const prev = Date.parse(previous)
    return (now.getTime() > prev ? now : new Date(prev + 1)).toISOString()
  }
}
