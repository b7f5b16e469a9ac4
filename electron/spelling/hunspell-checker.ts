import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadModule } from 'hunspell-asm'
import { z } from 'zod'

/** What the rest of the spelling domain needs from Hunspell. */
export interface SpellEngine {
  spell: (word: string) => boolean
  suggest: (word: string) => string[]
  /** Adds a word at run time (with the prefixes and suffixes of a noun, when it can). */
  add: (word: string) => void
  remove: (word: string) => void
}

export type LoadResult = { ok: true; engine: SpellEngine } | { ok: false; reason: string }

/**
 * A dictionary word whose affix rules a newsroom word borrows, so "ترامب" added to the
 * dictionary also accepts "وترامب", "لترامب", "بترامب" and "الترامب".
 */
const AFFIX_MODEL = 'كتاب'

/** The first line of a `.dic` file is its word count; anything else is not a Hunspell dictionary. */
const DicHeader = z.string().regex(/^\d+(\s.*)?$/, 'the first line is not a word count')
/** Hunspell reads the Arabic files as UTF-8 only when the `.aff` says so. */
const AffText = z.string().regex(/^SET\s+UTF-8\s*$/m, 'it does not declare SET UTF-8')

async function readDictionaryFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(
      code === 'ENOENT'
        ? `The Arabic dictionary file ${path} is missing (run "npm run dictionary" in a source checkout).`
        : `The Arabic dictionary file ${path} cannot be read (${code ?? String(error)}).`,
    )
  }
}

function checkFormat(schema: z.ZodType<string>, text: string, path: string): void {
  const result = schema.safeParse(text)
  if (!result.success)
    throw new Error(`${path} is not a Hunspell file: ${result.error.issues[0]?.message}.`)
}

async function load(dir: string | undefined): Promise<SpellEngine> {
  if (!dir) throw new Error('This copy of Midad has no bundled dictionaries folder.')
  const affPath = join(dir, 'ar', 'ar.aff')
  const dicPath = join(dir, 'ar', 'ar.dic')
  const [aff, dic] = await Promise.all([readDictionaryFile(affPath), readDictionaryFile(dicPath)])
  checkFormat(AffText, aff.subarray(0, 2_000_000).toString('utf8'), affPath)
  checkFormat(DicHeader, dic.subarray(0, 40).toString('utf8').split(/\r?\n/)[0] ?? '', dicPath)
  const factory = await loadModule()
  const hunspell = factory.create(
    factory.mountBuffer(aff, 'ar.aff'),
    factory.mountBuffer(dic, 'ar.dic'),
  )
  const withAffixes = hunspell.spell(AFFIX_MODEL)
  return {
    spell: (word) => hunspell.spell(word),
    suggest: (word) => hunspell.suggest(word),
    add: (word) =>
      withAffixes ? hunspell.addWordWithAffix(word, AFFIX_MODEL) : hunspell.addWord(word),
    remove: (word) => hunspell.removeWord(word),
  }
}

/**
 * Midad's Arabic Hunspell (WebAssembly, with the dictionary bundled in `data/dictionaries/ar`;
 * nothing is ever downloaded). The dictionary takes about half a second and 80 MB to load, so it
 * is loaded on first use, never when the app opens, and once per backend. A failed load is tried
 * again on the next call (the files may have been put back meanwhile).
 */
export class HunspellChecker {
  private loading: Promise<LoadResult> | null = null

  constructor(private readonly dictionaryDir: string | undefined) {}

  load(): Promise<LoadResult> {
    if (!this.loading) {
      const loading = load(this.dictionaryDir).then(
        (engine): LoadResult => ({ ok: true, engine }),
        (error: unknown): LoadResult => {
          this.loading = null
          return { ok: false, reason: error instanceof Error ? error.message : String(error) }
        },
      )
      this.loading = loading
    }
    return this.loading
  }
}
