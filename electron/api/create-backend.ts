import { mkdir } from 'node:fs/promises'
import type { StoreStatus } from '../../shared/store/store-contract'
import { ArticleStore, type ArticleStoreOptions } from '../articles/article-store'
import { articlesHandlers } from '../articles/articles-handlers'
import { type DailyBackupOptions, DailyBackups } from '../backup/daily-backups'
import { AuditLog } from '../comments/audit-log'
import { CommentService } from '../comments/comment-service'
import { CommentStore } from '../comments/comment-store'
import { commentsHandlers } from '../comments/comments-handlers'
import { RulesStore } from '../comments/rules-store'
import { createCommentSync } from '../comments/sync/create-comment-sync'
import { exportHandlers } from '../export/export-handlers'
import { siteHandlers } from '../export/site/site-handlers'
import { importHandlers } from '../import/import-handlers'
import { mediaHandlers } from '../media/media-handlers'
import type { Backoff } from '../publish/jobs/job-runner'
import { JobStore } from '../publish/jobs/job-store'
import { publishHandlers } from '../publish/publish-handlers'
import { PublishService } from '../publish/publish-service'
import { plainBox, type SecretBox } from '../publish/targets/secret-box'
import { TargetStore } from '../publish/targets/target-store'
import { recentHandlers } from '../recent/recent-handlers'
import { RecentStore } from '../recent/recent-store'
import { settingsHandlers } from '../settings/settings-handlers'
import { SettingsStore } from '../settings/settings-store'
import { spellingHandlers } from '../spelling/spelling-handlers'
import { lockDataDir } from '../store/data-dir-lock'
import { dataLayout } from '../store/data-layout'
import { openDataDir } from '../store/open-data-dir'
import { storeHandlers } from '../store/store-handlers'
import type { Backend } from './dispatch'

export interface BackendOptions extends Omit<ArticleStoreOptions, 'readOnly'> {
  dataDir: string
  /** The sample newsroom a new data directory starts with. */
  sampleDir?: string | undefined
  /** Who is opening the directory ("electron", "serve", "cli"), recorded in its lock file. */
  app?: string
  /**
   * The rolling daily backup, made while this process holds the directory (see
   * {@link DailyBackups}); `false` turns it off, for one-shot CLI commands that exit at once.
   */
  dailyBackup?: DailyBackupOptions | false
  /**
   * How Application Passwords are sealed: Electron passes one on `safeStorage`; the default keeps
   * them in a 0600 file, and the UI warns.
   */
  secretBox?: SecretBox
  /** The folder of bundled Hunspell dictionaries (`appPaths().dictionaries`); none: no spelling. */
  dictionaryDir?: string | undefined
  /** Publish jobs: `false` keeps them from running (one-shot CLI commands run them themselves). */
  publishJobs?: { backoff?: Backoff; timeoutMs?: number } | false
}

export interface OpenBackend {
  backend: Backend
  articles: ArticleStore
  /** The data directory's state now (lock holder, recoveries so far). */
  status: () => StoreStatus
  /** The daily backup schedule; null when it is off or the directory is open read-only. */
  backups: DailyBackups | null
  /** Publishing: the targets and the job queue. */
  publishing: PublishService
  /**
   * Comment moderation. Its store loads in the background (`comments.loaded()` gives the store
   * and indexes once read), so a large store never delays opening the articles.
   */
  comments: CommentService
  /** Stops the daily backup (waiting for one in progress) and releases the data directory's lock. */
  close: () => Promise<void>
}

/**
 * Opens a data directory and returns every domain's handlers merged into one backend. The first
 * process to open a directory locks it; any other opens it read-only and says who holds it.
 */
export async function createBackend(options: BackendOptions): Promise<OpenBackend> {
  const layout = dataLayout(options.dataDir)
  await mkdir(layout.root, { recursive: true })
  const lock = await lockDataDir(layout.lock, options.app ?? 'midad')
  const readOnly = lock.held
    ? undefined
    : {
        reason: `This data directory is open in another Midad (${lock.holder.app}, process ${lock.holder.pid}); this window can only read it.`,
      }
  try {
    await openDataDir(layout.root, { sampleDir: options.sampleDir, writable: lock.held })
    const settings = await SettingsStore.open(layout)
    const articles = await ArticleStore.open(layout, {
      ...options,
      readOnly,
      author: () => settings.get().displayName,
      slugStyle: () => settings.get().houseStyle.slugs,
    })
    // Damaged files are looked for in the background, so opening stays fast.
    if (lock.held) void articles.scan().catch(() => undefined)
    const targets = await TargetStore.open(layout, options.secretBox ?? plainBox, readOnly)
    const jobs = await JobStore.open(layout)
    const publishOptions = options.publishJobs === false ? {} : (options.publishJobs ?? {})
    const publishing = new PublishService({
      layout,
      articles,
      settings,
      targets,
      jobs,
      now: options.now ?? (() => new Date()),
      readOnly,
      backoff: publishOptions.backoff,
      timeoutMs: publishOptions.timeoutMs,
    })
    if (lock.held && options.publishJobs !== false) await publishing.start()
    // The daily backup's timer starts last, once nothing else is being opened.
    const backups =
      lock.held && options.dailyBackup !== false
        ? new DailyBackups(
            {
              root: layout.root,
              now: options.now ?? (() => new Date()),
              exclusive: (task) => articles.exclusive(task),
            },
            options.dailyBackup,
          )
        : null
    const status = (): StoreStatus => ({
      dataDir: layout.root,
      readOnly: !lock.held,
      ...(lock.held ? {} : { holder: lock.holder }),
      recoveries: [...articles.recoveries],
      backupError: backups?.lastCheck?.error ?? null,
    })
    // Not awaited: 200,000 comments take a while to read, and the articles should not wait. The
    // comments.* handlers wait for it; a damaged shard fails them, not the whole backend.
    const commentStore = CommentStore.open(layout, { readOnly })
    const commentAudit = new AuditLog(layout, readOnly)
    const comments = new CommentService({
      store: commentStore,
      audit: commentAudit,
      rules: RulesStore.open(layout, readOnly),
      articles,
      settings,
      now: options.now ?? (() => new Date()),
      readOnly,
    })
    // WordPress comment sync: decisions on WordPress comments go to its outbox (comments/sync.json)
    // and are pushed; it fetches every WordPress target on a timer.
    const commentSync = createCommentSync({
      layout,
      store: comments.loaded().then((loaded) => loaded.store),
      service: comments,
      audit: commentAudit,
      targets,
      articles,
      now: options.now ?? (() => new Date()),
      readOnly,
      moderator: () => settings.get().displayName,
      timeoutMs: publishOptions.timeoutMs,
    })
    comments.connectOutbox(commentSync.outbox)
    if (lock.held && options.publishJobs !== false) commentSync.start()
    const site = siteHandlers({ layout, articles, settings, readOnly: !lock.held })
    const backend = {
      ...articlesHandlers(articles),
      ...settingsHandlers(settings),
      ...storeHandlers(status),
      ...mediaHandlers({ layout, readOnly }),
      ...exportHandlers({ layout, articles, settings }),
      ...site.handlers,
      ...publishHandlers({
        targets,
        service: publishing,
        jobs,
        dataDir: layout.root,
        timeoutMs: publishOptions.timeoutMs,
      }),
      ...commentsHandlers(comments),
      ...commentSync.handlers,
      ...importHandlers({ layout, articles, readOnly }),
      ...recentHandlers(
        new RecentStore(
          layout,
          () => new Map(articles.list().map((a) => [a.id, a.title])),
          !lock.held,
        ),
      ),
      ...spellingHandlers({ layout, dictionaryDir: options.dictionaryDir, readOnly }),
    }
    const close = async () => {
      await commentSync.stop()
      await comments.close()
      await publishing.stop()
      await site.jobs.stop()
      await backups?.stop()
      if (lock.held) await lock.release()
    }
    return { backend, articles, status, backups, publishing, comments, close }
  } catch (error) {
    if (lock.held) await lock.release()
    throw error
  }
}
