import { Low } from 'lowdb'
import { z } from 'zod'
import { ApiError } from '../../shared/api/errors'
import { ArticleId } from '../../shared/articles/article-schema'
import { MAX_RECENT, type RecentArticle } from '../../shared/recent/recent-contract'
import type { DataLayout } from '../store/data-layout'
import { SchemaFile } from '../store/schema-file'

/** `recent.json`: article ids, newest first. Titles are not stored, so they are never stale. */
const RecentFile = z.object({ ids: z.array(ArticleId).max(100) })
type RecentFile = z.infer<typeof RecentFile>

/**
 * The articles last opened, for File › Open Recent. An id is kept only while its article exists:
 * `list` drops deleted ones. A damaged `recent.json` is reported (`invalid_data`) by the recent.*
 * calls alone and left on disk as it is; nothing else in the app depends on it.
 */
export class RecentStore {
  private db: Promise<Low<RecentFile>> | null = null

  constructor(
    private readonly layout: DataLayout,
    /** The stored articles' current titles, by id. */
    private readonly titles: () => ReadonlyMap<string, string>,
    private readonly readOnly: boolean,
  ) {}

  private open(): Promise<Low<RecentFile>> {
    if (!this.db) {
      const adapter = new SchemaFile(this.layout.recent, RecentFile, this.layout.root)
      const opening = adapter.read().then((data) => new Low(adapter, data ?? { ids: [] }))
      // A failed read is retried on the next call (the user may mend the file meanwhile).
      opening.catch(() => {
        this.db = null
      })
      this.db = opening
    }
    return this.db
  }

  async list(): Promise<RecentArticle[]> {
    const db = await this.open()
    const titles = this.titles()
    const entries: RecentArticle[] = []
    for (const id of db.data.ids) {
      const title = titles.get(id)
      if (title !== undefined) entries.push({ id, title })
      if (entries.length === MAX_RECENT) break
    }
    return entries
  }

  /**
   * Moves `id` to the front; an unknown article is `not_found`, as everywhere in the API. A
   * read-only window keeps its list in memory only.
   */
  async opened(id: string): Promise<RecentArticle[]> {
    const db = await this.open()
    if (!this.titles().has(id)) throw new ApiError('not_found', `There is no article ${id}.`)
    db.data = { ids: [id, ...db.data.ids.filter((other) => other !== id)].slice(0, 100) }
    if (!this.readOnly) await db.write()
    return this.list()
  }

  async clear(): Promise<RecentArticle[]> {
    const db = await this.open()
    db.data = { ids: [] }
    if (!this.readOnly) await db.write()
    return []
  }
}
