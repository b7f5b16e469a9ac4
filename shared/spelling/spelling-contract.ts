import { z } from 'zod'
import { method } from '../api/define'

/**
 * One word as the editor sends it: letters only (no spaces), short enough that a pasted blob is
 * never handed to the spellchecker as one "word".
 */
export const SpellWord = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[^\s]+$/u, 'A word has no spaces.')

/** The newsroom's own words (names, places, terms), kept in the data directory. */
export const NewsroomWords = z.object({ words: z.array(z.string()) })
export type NewsroomWords = z.infer<typeof NewsroomWords>

/** Whether Midad's Arabic dictionary could be loaded, and why not. */
export const SpellingStatus = z.object({
  available: z.boolean(),
  /** The dictionary's language: Arabic (Ayaspell, from Debian's hunspell-ar). */
  language: z.literal('ar'),
  /** Set when the dictionary is not available, in words a person can act on. */
  reason: z.string().optional(),
  /** How many words the newsroom's dictionary holds. */
  newsroomWords: z.number().int().min(0),
})
export type SpellingStatus = z.infer<typeof SpellingStatus>

/**
 * The spelling domain: Midad's offline Arabic spellchecker (Hunspell with a bundled dictionary,
 * never a download) and the newsroom's dictionary of added words.
 */
export const spellingContract = {
  'spelling.status': method(z.object({}).strict(), SpellingStatus),
  /** Which of the given words are misspelled (words of the newsroom dictionary never are). */
  'spelling.check': method(
    z.object({ words: z.array(SpellWord).max(5000) }).strict(),
    z.object({ misspelled: z.array(z.string()) }),
  ),
  /** Suggestions for one word, best first (at most 8). */
  'spelling.suggest': method(
    z.object({ word: SpellWord }).strict(),
    z.object({ suggestions: z.array(z.string()) }),
  ),
  /** The newsroom dictionary's words, sorted. */
  'spelling.words': method(z.object({}).strict(), NewsroomWords),
  /** Adds a word to the newsroom dictionary (kept in the data directory) and returns them all. */
  'spelling.addWord': method(z.object({ word: SpellWord }).strict(), NewsroomWords),
  /** Takes a word out of the newsroom dictionary and returns the rest. */
  'spelling.removeWord': method(z.object({ word: SpellWord }).strict(), NewsroomWords),
} as const
