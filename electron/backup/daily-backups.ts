import { access } from 'node:fs/promises'
import { dataLayout } from '../store/data-layout'
import { dayName } from './backup-layout'
import { hasBackup, pruneDailyBackups } from './backup-list'
import { makeBackup } from './make-backup'

/** When the daily check runs; tests shorten both delays. */
export interface DailyBackupOptions {
  /** Wait after opening before the first check, so opening the window comes first (10 s). */
  firstCheckMs?: number
  /** Time between checks, so an app left open for days still backs up every day (1 hour). */
  everyMs?: number
  /** Where a failed backup is reported (console.warn); it never stops the app. */
  warn?: (message: string) => void
}

/** The outcome of the last check, for tests and (later) for the UI. */
export interface DailyCheck {
  at: string
  /** The backup made, or null when today's already existed. */
  made: string | null
  /** Why the backup failed, or null. */
  error: string | null
}

interface Deps {
  root: string
  now: () => Date
  /** Pauses saves while articles are copied: `ArticleStore.exclusive`. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>
}

const FIRST_CHECK_MS = 10_000
const EVERY_MS = 60 * 60 * 1000

/**
 * Keeps one backup per local day while this process holds the data directory: shortly after
 * opening, then every hour, today's backup is made if it is missing and old ones are pruned.
 * Runs in the background; a failure is recorded and reported, never thrown. The timers are
 * unref'd, so they never keep a process alive.
 */
export class DailyBackups {
  /** The last check's outcome; null until the first check has finished. */
  lastCheck: DailyCheck | null = null
  private timer: NodeJS.Timeout | undefined
  private running: Promise<DailyCheck> | null = null
  private stopped = false
  private readonly everyMs: number
  private readonly warn: (message: string) => void

  constructor(
    private readonly deps: Deps,
    options: DailyBackupOptions = {},
  ) {
    this.everyMs = options.everyMs ?? EVERY_MS
    this.warn = options.warn ?? ((message) => console.warn(message))
    this.schedule(options.firstCheckMs ?? FIRST_CHECK_MS)
  }

  /** Makes today's backup now unless it exists; one check at a time. */
  check(): Promise<DailyCheck> {
    this.running ??= this.run().finally(() => {
      this.running = null
    })
    return this.running
  }

  /** Stops the timer and waits for a backup in progress, before the lock is released. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.running
  }

  private schedule(ms: number): void {
    if (this.stopped) return
    this.timer = setTimeout(() => {
      void this.check().then(() => this.schedule(this.everyMs))
    }, ms)
    this.timer.unref()
  }

  private async run(): Promise<DailyCheck> {
    const { root, now, exclusive } = this.deps
    const at = now()
    const name = dayName(at)
    let made: string | null = null
    let error: string | null = null
    try {
      // The data directory was removed under us (a deleted temp dir): nothing to back up.
      const present = await access(dataLayout(root).meta).then(
        () => true,
        () => false,
      )
      if (present && !(await hasBackup(root, name))) {
        await makeBackup({ root, name, now: at, consistent: true, exclusive, replace: true })
        await pruneDailyBackups(root)
        made = name
      }
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure)
      this.warn(`Midad: the daily backup of ${root} failed: ${error}`)
    }
    this.lastCheck = { at: at.toISOString(), made, error }
    return this.lastCheck
  }
}
