import { randomBytes } from 'node:crypto'
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { linkRefusal, writeFileFast } from '../../store/file-tasks'

/** Staging and old folders left by an export that crashed are removed once this old. */
const STALE_MS = 60 * 60 * 1000

/**
 * The new site, built beside the old one and swapped in whole. Pages are written to a hidden
 * sibling folder (same file system, so the swap is two renames); files that did not change are
 * hard-linked from the old site (copied where links are not supported), so a re-export that
 * changed one article writes one page, not ten thousand. Until {@link commit}, the old site is
 * untouched, and a failed or cancelled export leaves no half-written site behind.
 */
export class SiteStaging {
  private dir: string | null = null
  private making: Promise<string> | null = null
  private discarded = false
  private readonly folders = new Set<string>()

  constructor(private readonly outDir: string) {}

  /** The staging folder, made on first use (once, however many writes ask at the same time). */
  private root(): Promise<string> {
    if (this.discarded) return Promise.reject(new Error('The site export was stopped.'))
    this.making ??= (async () => {
      const name = `.${basename(this.outDir)}.midad-staging-${randomBytes(4).toString('hex')}`
      const dir = join(dirname(this.outDir), name)
      await mkdir(dir)
      this.dir = dir
      return dir
    })()
    return this.making
  }

  private async target(path: string): Promise<string> {
    const root = await this.root()
    const folder = dirname(path)
    if (folder !== '.' && !this.folders.has(folder)) {
      await mkdir(join(root, folder), { recursive: true })
      this.folders.add(folder)
    }
    return join(root, path)
  }

  /** Writes a new or changed file of the site. */
  async write(path: string, data: string | Uint8Array): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data
    await writeFileFast(await this.target(path), bytes, 0o644)
  }

  /** Copies a file from outside the site (a stored image) into it. */
  async copy(path: string, from: string): Promise<void> {
    await copyFile(from, await this.target(path))
  }

  /** Brings an unchanged file of the old site over into the new one. */
  async carry(path: string): Promise<void> {
    const from = join(this.outDir, path)
    const to = await this.target(path)
    try {
      await link(from, to)
    } catch (error) {
      // The same rule as backups: where links are refused, a copy.
      if (linkRefusal(error) === null) throw error
      await copyFile(from, to)
    }
  }

  /**
   * Swaps the new site in: the old folder is renamed aside, the new one renamed into its place,
   * and the old one removed. If the second rename fails, the old site is put back.
   */
  async commit(): Promise<void> {
    const staged = await this.root()
    const old = `${staged.replace(/midad-staging-/, 'midad-old-')}`
    const existing = await stat(this.outDir).catch(() => null)
    if (!existing) {
      await rename(staged, this.outDir)
      this.forget()
      return
    }
    await rename(this.outDir, old)
    try {
      await rename(staged, this.outDir)
    } catch (error) {
      await rename(old, this.outDir)
      throw error
    }
    this.forget()
    await rm(old, { recursive: true, force: true })
  }

  /**
   * Removes the staging folder (after a failure or a cancel); the old site stays as it was.
   * Writes after this fail, so a straggler cannot make the folder again.
   */
  async discard(): Promise<void> {
    this.discarded = true
    // A write still making the folder finishes first, so the folder is not made after this.
    await this.making?.catch(() => undefined)
    if (this.dir) await rm(this.dir, { recursive: true, force: true }).catch(() => undefined)
    this.forget()
  }

  private forget() {
    this.dir = null
    this.making = null
    this.folders.clear()
  }
}

/** Removes staging and old folders that an export which crashed left beside `outDir`. */
export async function removeStaleStaging(outDir: string, now = Date.now()): Promise<void> {
  const parent = dirname(outDir)
  const prefix = `.${basename(outDir)}.midad-`
  const names = await readdir(parent).catch(() => [] as string[])
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const path = join(parent, name)
    const info = await stat(path).catch(() => null)
    if (info && now - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true })
  }
}
