import { Low } from 'lowdb'
import { z } from 'zod'
import { ApiError } from '../../shared/api/errors'
import { normaliseSpellWord } from '../../shared/spelling/spell-words'
import { SpellWord } from '../../shared/spelling/spelling-contract'
import type { DataLayout } from '../store/data-layout'
import { SchemaFile } from '../store/schema-file'

/** Enough for any newsroom's names and terms, small enough to keep in memory and in Hunspell. */
export const MAX_NEWSROOM_WORDS = 50_000

/** `newsroom-dictionary.json`: the words, normalised, sorted and each once. */
const NewsroomFile = z.object({ words: z.array(SpellWord).max(MAX_NEWSROOM_WORDS) })
type NewsroomFile = z.infer<typeof NewsroomFile>

const collator = new Intl.Collator('ar')

/** The stored form of a word, or an `invalid_argument` error saying why it cannot be added. */
export function newsroomForm(word: string): string {
  const form = normaliseSpellWord(word)
  if (!/\p{L}/u.test(form))
    throw new ApiError('invalid_argument', `"${word}" has no letters, so it is not a word.`)
  if (!SpellWord.safeParse(form).success)
    throw new ApiError('invalid_argument', `"${word}" cannot be added as one word.`)
  return form
}

/**
 * The newsroom's own words ("Add to dictionary"), kept in the data directory so every editor of
 * the newsroom shares them. A damaged file is reported (`invalid_data`, naming the file) and left
 * on disk as it is; a read-only window refuses changes and writes nothing.
 */
export class NewsroomDictionary {
  private db: Promise<Low<NewsroomFile>> | null = null

  constructor(
    private readonly layout: DataLayout,
    private readonly readOnly: { reason: string } | undefined,
  ) {}

  private open(): Promise<Low<NewsroomFile>> {
    if (!this.db) {
      const adapter = new SchemaFile(this.layout.newsroomDictionary, NewsroomFile, this.layout.root)
      const opening = adapter.read().then((data) => new Low(adapter, data ?? { words: [] }))
      // A failed read is tried again on the next call (the user may mend the file meanwhile).
      opening.catch(() => {
        this.db = null
      })
      this.db = opening
    }
    return this.db
  }

  async words(): Promise<string[]> {
    return [...(await this.open()).data.words]
  }

  /** Adds a word (its normalised form); returns the new list and the form that was stored. */
  async add(word: string): Promise<{ words: string[]; form: string }> {
    const form = newsroomForm(word)
    this.refuseIfReadOnly()
    const db = await this.open()
    if (db.data.words.includes(form)) return { words: [...db.data.words], form }
    if (db.data.words.length >= MAX_NEWSROOM_WORDS)
      throw new ApiError(
        'invalid_argument',
        `The newsroom dictionary is full (${MAX_NEWSROOM_WORDS} words).`,
      )
    const words = [...db.data.words, form].sort(collator.compare)
    await this.save(db, words)
    return { words: [...words], form }
  }

  /** Takes a word out (matched by its normalised form); returns the rest and the form removed. */
  async remove(word: string): Promise<{ words: string[]; form: string | null }> {
    const form = normaliseSpellWord(word)
    this.refuseIfReadOnly()
    const db = await this.open()
    if (!db.data.words.includes(form)) return { words: [...db.data.words], form: null }
    const words = db.data.words.filter((w) => w !== form)
    await this.save(db, words)
    return { words: [...words], form }
  }

  private async save(db: Low<NewsroomFile>, words: string[]): Promise<void> {
    const before = db.data
    db.data = { words }
    try {
      await db.write()
    } catch (error) {
      db.data = before
      throw error
    }
  }

  private refuseIfReadOnly(): void {
    if (this.readOnly) throw new ApiError('read_only', this.readOnly.reason)
  }
}
