import type { ArticleStore } from '../articles/article-store'
import { withPublication } from './publication-records'
import type { TargetStore } from './targets/target-store'
import { clientFor } from './wordpress-target'

/** How often scheduled WordPress posts are looked at once their time has come. */
const CHECK_EVERY_MS = 60_000

/**
 * WordPress publishes a scheduled (`future`) post by itself. Once the time has passed, this asks
 * the site whether it did, and then marks the article published in Midad too (a post still
 * `future`, e.g. on a site whose cron is late, is asked about again a minute later).
 */
export class ScheduleWatch {
  private timer: ReturnType<typeof setInterval> | undefined

  constructor(
    private readonly deps: {
      articles: ArticleStore
      targets: TargetStore
      now: () => Date
      timeoutMs?: number | undefined
    },
  ) {}

  start(): void {
    void this.check().catch(() => undefined)
    this.timer = setInterval(() => void this.check().catch(() => undefined), CHECK_EVERY_MS)
    this.timer.unref?.()
  }

  stop(): void {
    clearInterval(this.timer)
  }

  /**
   * Looks at every scheduled article whose WordPress time has passed (by `at`, now by default)
   * and returns the ids of those found live.
   */
  async check(at: Date = this.deps.now()): Promise<string[]> {
    const live: string[] = []
    for (const { id } of this.deps.articles.list('scheduled')) {
      const article = await this.deps.articles.get(id)
      for (const record of article.publications ?? []) {
        if (record.kind !== 'wordpress' || record.state !== 'scheduled' || !record.remoteId)
          continue
        if (!record.scheduledFor || Date.parse(record.scheduledFor) > at.getTime()) continue
        let status: string | undefined
        try {
          const target = this.deps.targets.withSecret(record.targetId)
          const post = await clientFor({ target, timeoutMs: this.deps.timeoutMs }).getPost(
            record.remoteId,
          )
          status = post?.status
        } catch {
          // Unreachable, or the password is gone: asked again at the next check.
          continue
        }
        if (status !== 'publish') continue
        await this.deps.articles.update(
          id,
          (current) => ({
            status: 'published',
            publications: withPublication(current, { ...record, state: 'published' }),
          }),
          record.targetName,
        )
        live.push(id)
      }
    }
    return live
  }
}
