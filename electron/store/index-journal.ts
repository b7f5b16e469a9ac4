import { Low } from 'lowdb'
import { z } from 'zod'
import { ArticleSummary } from '../../shared/articles/article-schema'
import { ArticleIndex } from '../articles/article-index'
import { atomicWriteFile } from './atomic-write'
import { appendJsonLines, readJsonLines } from './json-lines'
import { SchemaFile } from './schema-file'

/** One line of `index.journal`: an article's new summary, or its removal. */
const JournalEntry = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), summary: ArticleSummary }),
  z.object({ op: z.literal('del'), id: z.string() }),
])
type JournalEntry = z.infer<typeof JournalEntry>

/** The journal is folded into `index.json` once it holds this many entries. */
export const COMPACT_AFTER = 2_000

export interface LoadedIndex {
  /** null when `index.json` was missing or invalid: the caller rebuilds it from the articles. */
  journal: IndexJournal | null
  /** The article named by the last journal entry: the only one a crash can leave half-saved. */
  lastTouched: string | null
}

/**
 * The list view's index, kept cheap to update: a snapshot (`index.json`) plus an append-only
 * journal (`index.journal`) with one fsync'd line per save. A save costs one short append instead
 * of rewriting every summary; the journal is folded into the snapshot every {@link COMPACT_AFTER}
 * entries. A torn last line (a crash mid-append) is ignored: that save was never acknowledged.
 */
export class IndexJournal {
  private entries = 0
  /** Entries after which the journal is folded into the snapshot; tests lower it. */
  compactAfter = COMPACT_AFTER

  private constructor(
    private readonly snapshot: Low<ArticleIndex>,
    private readonly journalFile: string,
  ) {}

  get articles(): ArticleIndex['articles'] {
    return this.snapshot.data.articles
  }

  /** Reads the snapshot and replays the journal over it. */
  static async load(snapshotFile: string, journalFile: string, root: string): Promise<LoadedIndex> {
    const adapter = new SchemaFile(snapshotFile, ArticleIndex, root)
    const stored = await adapter.read().catch(() => null)
    if (!stored) return { journal: null, lastTouched: null }
    const journal = new IndexJournal(new Low(adapter, stored), journalFile)
    let lastTouched: string | null = null
    const { entries } = await readJsonLines(journalFile, JournalEntry)
    for (const entry of entries) {
      journal.apply(entry)
      journal.entries++
      lastTouched = entry.op === 'put' ? entry.summary.id : entry.id
    }
    return { journal, lastTouched }
  }

  /** A fresh index holding exactly `articles`, written out at once (after a rebuild). */
  static async create(
    snapshotFile: string,
    journalFile: string,
    root: string,
    articles: ArticleIndex['articles'],
    write: boolean,
  ): Promise<IndexJournal> {
    const journal = new IndexJournal(
      new Low(new SchemaFile(snapshotFile, ArticleIndex, root), { articles }),
      journalFile,
    )
    if (write) await journal.compact()
    return journal
  }

  /** Records a new summary durably, then applies it. */
  async put(summary: ArticleSummary): Promise<void> {
    await this.append({ op: 'put', summary })
  }

  /** Records a removal durably, then applies it. */
  async remove(id: string): Promise<void> {
    await this.append({ op: 'del', id })
  }

  /** Changes the in-memory index only (repairs found at open, read-only stores). */
  apply(entry: JournalEntry): void {
    if (entry.op === 'put') this.snapshot.data.articles[entry.summary.id] = entry.summary
    else delete this.snapshot.data.articles[entry.id]
  }

  private async append(entry: JournalEntry): Promise<void> {
    await appendJsonLines(this.journalFile, [entry])
    this.apply(entry)
    this.entries++
  }

  /**
   * Folds the journal into the snapshot once it is long. Called only after the article files the
   * journal describes are written: compacting between a journal line and its article file would
   * hide the half-done save from the check at the next open.
   */
  async maybeCompact(): Promise<void> {
    if (this.entries >= this.compactAfter) await this.compact()
  }

  /** Writes the whole index to `index.json`, then empties the journal. Replaying is idempotent. */
  async compact(): Promise<void> {
    await this.snapshot.write()
    await atomicWriteFile(this.journalFile, '')
    this.entries = 0
  }
}
