import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '../../shared/api/errors'
import { countWords } from '../../shared/arabic/word-count'
import { Article } from '../../shared/articles/article-schema'
import type { RevisionInfo } from '../../shared/articles/revision-schema'
import { docToPlainText } from '../../shared/doc/doc-text'
import { atomicWriteFile } from '../store/atomic-write'
import type { DataLayout } from '../store/data-layout'
import { SchemaFile } from '../store/schema-file'
import { type RevisionStamp, revisionsToDrop } from './revision-thinning'

const NAME = /^(\d{8})-(\d+)-([a-z_]+)\.json$/

/** `00000012-1764000000000-draft.json`: revision, save time and status, so thinning reads no file. */
const fileName = (a: Article): string =>
  `${String(a.revision).padStart(8, '0')}-${Date.parse(a.updatedAt)}-${a.status}.json`

/**
 * Every saved version of every article, in `revisions/<id>/`, one immutable file each. Files are
 * written before the article itself, so the current version always has its revision on disk.
 */
export class RevisionStore {
  /** History lines already read. Revision files never change, so entries never go stale. */
  private readonly infos = new Map<string, RevisionInfo>()

  constructor(private readonly layout: DataLayout) {}

  async write(article: Article): Promise<void> {
    const dir = this.layout.revisionsOf(article.id)
    await mkdir(dir, { recursive: true })
    await atomicWriteFile(join(dir, fileName(article)), `${JSON.stringify(article)}\n`)
  }

  /** Revisions on disk, newest first, up to `upTo` (a crash can leave one above the current). */
  async stamps(
    id: string,
    upTo = Number.POSITIVE_INFINITY,
  ): Promise<(RevisionStamp & { file: string })[]> {
    const names = await readdir(this.layout.revisionsOf(id)).catch(() => [] as string[])
    return names
      .map((file) => {
        const m = NAME.exec(file)
        return m
          ? { file, revision: Number(m[1]), savedAt: Number(m[2]), status: m[3] ?? '' }
          : null
      })
      .filter((s): s is RevisionStamp & { file: string } => s !== null && s.revision <= upTo)
      .sort((a, b) => b.revision - a.revision)
  }

  /**
   * The history of an article up to `upTo`, newest first. Each file is read once per process
   * for its word count; a damaged revision file is left out rather than failing the list.
   */
  async history(id: string, upTo: number): Promise<RevisionInfo[]> {
    const lines: RevisionInfo[] = []
    for (const stamp of await this.stamps(id, upTo)) {
      const key = `${id}/${stamp.file}`
      let info = this.infos.get(key)
      if (!info) {
        try {
          const article = await this.readStamp(id, stamp)
          info = {
            revision: article.revision,
            savedAt: article.updatedAt,
            status: article.status,
            title: article.title,
            words: countWords(docToPlainText(article.body)),
            by: article.savedBy ?? '',
          }
          this.infos.set(key, info)
        } catch {
          continue
        }
      }
      lines.push(info)
    }
    return lines
  }

  /** One revision; `upTo` hides revisions a crash left above the current one. */
  async read(id: string, revision: number, upTo = Number.POSITIVE_INFINITY): Promise<Article> {
    const stamp = (await this.stamps(id, upTo)).find((s) => s.revision === revision)
    if (!stamp)
      throw new ApiError('not_found', `Article "${id}" has no revision ${revision}.`, {
        id,
        revision,
      })
    return this.readStamp(id, stamp)
  }

  /** The revision file a stamp names, checked to hold that revision of that article. */
  private async readStamp(id: string, stamp: { file: string; revision: number }): Promise<Article> {
    const { revision } = stamp
    const file = join(this.layout.revisionsOf(id), stamp.file)
    const article = new SchemaFile(file, Article, this.layout.root).parse(
      await readFile(file, 'utf8'),
    )
    if (article.id !== id || article.revision !== revision)
      throw new ApiError('invalid_data', `${file} does not hold revision ${revision} of "${id}".`, {
        id,
        revision,
      })
    return article
  }

  /** The newest revision that still reads as a valid article, for recovering a damaged file. */
  async latestGood(id: string): Promise<Article | null> {
    for (const stamp of await this.stamps(id)) {
      try {
        // readStamp checks the id and revision; listing the folder once is enough.
        return await this.readStamp(id, stamp)
      } catch {
        // A damaged revision: try the one before.
      }
    }
    return null
  }

  /** Applies the thinning policy to one article's history. */
  async thin(id: string, currentRevision: number, now: number): Promise<void> {
    const stamps = await this.stamps(id, currentRevision)
    const drop = new Set(revisionsToDrop(stamps, now))
    for (const stamp of stamps) {
      if (drop.has(stamp.revision))
        await rm(join(this.layout.revisionsOf(id), stamp.file), { force: true })
    }
  }
}
