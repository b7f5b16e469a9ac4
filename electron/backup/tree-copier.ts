import { constants, type Dirent } from 'node:fs'
import { copyFile, link, lstat, mkdir, open, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { eachLimited, linkRefusal } from '../store/file-tasks'

/** `link` for files that are never changed in place, `copy` for anything else. */
export type CopyMode = 'link' | 'copy'

/** How many file operations one copier keeps in flight per folder (link is I/O-bound). */
const PARALLEL = 8

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * Puts a tree of files into another place as cheaply as is safe: a hard link shares the data
 * without copying it (tens of thousands of articles take about a second), which is a true
 * snapshot only for files that are replaced by rename rather than rewritten. When the file system
 * refuses links (another device, FAT, no permission) it copies instead, and stops trying to link.
 *
 * Files that vanish while the tree is read (an old revision thinned away, a finished temp file)
 * are skipped; dot-files are the store's unfinished temp files and are never copied.
 */
export class TreeCopier {
  private canLink = true
  /** Files shared by hard link and files copied, for tests and messages. */
  readonly counts = { linked: 0, copied: 0 }

  /** Copies the file or folder `from` to `to` (which must not exist); a missing `from` is skipped. */
  async copy(from: string, to: string, mode: CopyMode): Promise<void> {
    let info: Awaited<ReturnType<typeof lstat>>
    try {
      info = await lstat(from)
    } catch (error) {
      if (missing(error)) return
      throw error
    }
    if (info.isDirectory()) await this.copyDir(from, to, mode)
    else if (info.isFile()) await this.copyFile(from, to, mode)
  }

  private async copyDir(from: string, to: string, mode: CopyMode): Promise<void> {
    await mkdir(to)
    let entries: Dirent[]
    try {
      entries = await readdir(from, { withFileTypes: true })
    } catch (error) {
      if (missing(error)) return
      throw error
    }
    const wanted = entries.filter((e) => !e.name.startsWith('.'))
    await eachLimited(wanted, PARALLEL, async (entry) => {
      const source = join(from, entry.name)
      const target = join(to, entry.name)
      if (entry.isDirectory()) await this.copyDir(source, target, mode)
      else if (entry.isFile()) await this.copyFile(source, target, mode)
    })
  }

  private async copyFile(from: string, to: string, mode: CopyMode): Promise<void> {
    if (mode === 'link' && this.canLink) {
      try {
        await link(from, to)
        this.counts.linked++
        return
      } catch (error) {
        if (missing(error)) return
        // 'file' (too many links to this one file): the next one may still link.
        const refusal = linkRefusal(error)
        if (refusal === 'never') this.canLink = false
        else if (refusal === null) throw error
      }
    }
    try {
      // A copy-on-write clone where the file system offers one (btrfs, APFS), else a real copy.
      await copyFile(from, to, constants.COPYFILE_FICLONE)
    } catch (error) {
      if (missing(error)) return
      throw error
    }
    // A copied file's data must be on disk before the backup is renamed into place as complete.
    const handle = await open(to, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    this.counts.copied++
  }
}
