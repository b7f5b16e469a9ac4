import type { ArticleStore } from '../../articles/article-store'

/** The local article a WordPress post is. */
export interface PostArticle {
  id: string
  title: string
}

/** What the index reads of the articles: their list, and one in full. */
export type ArticleSource = Pick<ArticleStore, 'list' | 'get'>

/**
 * Finds the local article a WordPress post was published from, by the publication records the
 * publish jobs keep on each article (target id + post id). Articles are read once, and again only
 * when their revision changed, and only when a post is asked for that no known article is: the
 * sync also remembers each post it looked up, so this is rare.
 */
export class ArticleIndex {
  private readonly read = new Map<string, { revision: number; keys: string[] }>()
  private readonly byPost = new Map<string, PostArticle>()
  private fresh = false

  constructor(private readonly articles: ArticleSource | undefined) {}

  /** The article published as `postId` on the target, or null. */
  async find(targetId: string, postId: number): Promise<PostArticle | null> {
    const key = `${targetId}:${postId}`
    const known = this.byPost.get(key)
    if (known || this.fresh) return known ?? null
    await this.refresh()
    return this.byPost.get(key) ?? null
  }

  /** Marks the index as possibly behind, so the next miss reads the changed articles again. */
  stale(): void {
    this.fresh = false
  }

  private async refresh(): Promise<void> {
    if (!this.articles) return
    const listed = this.articles.list()
    const ids = new Set(listed.map((a) => a.id))
    for (const id of this.read.keys()) if (!ids.has(id)) this.read.delete(id)
    for (const summary of listed) {
      if (this.read.get(summary.id)?.revision === summary.revision) continue
      let keys: string[] = []
      try {
        const article = await this.articles.get(summary.id)
        keys = (article.publications ?? [])
          .filter((p) => p.kind === 'wordpress' && p.remoteId !== undefined)
          .map((p) => `${p.targetId}:${p.remoteId}`)
      } catch {
        // A damaged article: its comments show the post's title instead.
      }
      this.read.set(summary.id, { revision: summary.revision, keys })
    }
    this.byPost.clear()
    for (const summary of listed) {
      for (const key of this.read.get(summary.id)?.keys ?? [])
        this.byPost.set(key, { id: summary.id, title: summary.title })
    }
    this.fresh = true
  }
}
