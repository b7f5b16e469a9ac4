import { ApiError } from '../../shared/api/errors'
import { isCheckable, normaliseSpellWord } from '../../shared/spelling/spell-words'
import type { SpellingStatus } from '../../shared/spelling/spelling-contract'
import type { HunspellChecker, SpellEngine } from './hunspell-checker'
import type { NewsroomDictionary } from './newsroom-dictionary'

/** The most suggestions one word gets (the context menu stays short). */
export const MAX_SUGGESTIONS = 8

/**
 * Prefixes a newsroom word may carry and still be that word: the conjunctions و and ف, the
 * prepositions ب، ل، ك and the article ال, alone or combined ("والترامب", "بزيلينسكي", "للناتو").
 */
const PREFIXES = [
  'وبال',
  'وكال',
  'فبال',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'لل',
  'ال',
].concat(['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'])

/**
 * Spelling for one data directory: the bundled Hunspell plus the newsroom's words. Newsroom words
 * are added to Hunspell once it loads (so its suggestions know them) and are never misspelled,
 * with or without a prefix.
 */
export class SpellingService {
  /** Newsroom words Hunspell did not know, added to it at run time (and only those are removed). */
  private readonly added = new Set<string>()
  private ready: Promise<SpellEngine> | null = null

  constructor(
    private readonly checker: HunspellChecker,
    private readonly newsroom: NewsroomDictionary,
  ) {}

  async status(): Promise<SpellingStatus> {
    const loaded = await this.checker.load()
    const newsroomWords = (await this.newsroom.words()).length
    return loaded.ok
      ? { available: true, language: 'ar', newsroomWords }
      : { available: false, language: 'ar', reason: loaded.reason, newsroomWords }
  }

  /** The given words that are misspelled, each as it was given (so the editor can find it). */
  async check(words: readonly string[]): Promise<string[]> {
    const engine = await this.engine()
    const newsroom = new Set(await this.newsroom.words())
    const verdicts = new Map<string, boolean>()
    return words.filter((word) => {
      let wrong = verdicts.get(word)
      if (wrong === undefined) {
        wrong = this.misspelled(engine, newsroom, word)
        verdicts.set(word, wrong)
      }
      return wrong
    })
  }

  /** Hunspell's suggestions, normalised and without repeats; none for a correct word. */
  async suggest(word: string): Promise<string[]> {
    const engine = await this.engine()
    if (!this.misspelled(engine, new Set(await this.newsroom.words()), word)) return []
    const unique = new Set(engine.suggest(normaliseSpellWord(word)).map(normaliseSpellWord))
    return [...unique].filter((s) => s.length > 0).slice(0, MAX_SUGGESTIONS)
  }

  words(): Promise<string[]> {
    return this.newsroom.words()
  }

  async add(word: string): Promise<string[]> {
    const { words, form } = await this.newsroom.add(word)
    if (this.ready) this.teach(await this.ready, form)
    return words
  }

  async remove(word: string): Promise<string[]> {
    const { words, form } = await this.newsroom.remove(word)
    if (form && this.ready && this.added.delete(form)) (await this.ready).remove(form)
    return words
  }

  private misspelled(engine: SpellEngine, newsroom: ReadonlySet<string>, word: string): boolean {
    const form = normaliseSpellWord(word)
    if (!isCheckable(form) || newsroom.has(form)) return false
    if (PREFIXES.some((p) => form.startsWith(p) && newsroom.has(form.slice(p.length)))) return false
    return !engine.spell(form)
  }

  private teach(engine: SpellEngine, form: string): void {
    if (this.added.has(form) || engine.spell(form)) return
    engine.add(form)
    this.added.add(form)
  }

  /** Hunspell with the newsroom's words taught, or `unavailable` with the reason it is not. */
  private engine(): Promise<SpellEngine> {
    if (!this.ready) {
      const ready = (async () => {
        const loaded = await this.checker.load()
        if (!loaded.ok)
          throw new ApiError('unavailable', `Spellchecking is unavailable: ${loaded.reason}`)
        for (const form of await this.newsroom.words()) this.teach(loaded.engine, form)
        return loaded.engine
      })()
      ready.catch(() => {
        if (this.ready === ready) this.ready = null
      })
      this.ready = ready
    }
    return this.ready
  }
}
