import { send } from '../api/send'

/** The most words one `spelling.check` call takes (the contract's limit). */
const BATCH = 5000

/** Words already checked in this window: word as written → misspelled. */
const verdicts = new Map<string, boolean>()
/** Words "Ignore" was chosen for, until the window closes. */
const ignored = new Set<string>()
const listeners = new Set<() => void>()

/**
 * The verdict for a word, if known: `true` misspelled, `false` correct (or ignored), `undefined`
 * not checked yet. Synchronous, so the editor can decorate from it on every change.
 */
export function misspelledVerdict(word: string): boolean | undefined {
  if (ignored.has(word)) return false
  return verdicts.get(word)
}

/**
 * Asks the backend about the words not checked yet (each once, in batches), so an edit costs a
 * call for the words it introduces only, never for the whole article.
 */
export async function checkUnknownWords(words: Iterable<string>): Promise<void> {
  const unknown = [...new Set(words)].filter((w) => !verdicts.has(w) && !ignored.has(w))
  for (let start = 0; start < unknown.length; start += BATCH) {
    const batch = unknown.slice(start, start + BATCH)
    const { misspelled } = await send('spelling.check', { words: batch })
    const wrong = new Set(misspelled)
    for (const word of batch) verdicts.set(word, wrong.has(word))
  }
}

/** Hides a word's marks in every editor until the window closes. */
export function ignoreWord(word: string): void {
  ignored.add(word)
  announce()
}

/**
 * The newsroom dictionary changed (a word added or removed, here or in the dialog): every verdict
 * may be stale, so all are dropped and every editor checks its words again.
 */
export function dictionaryChanged(): void {
  verdicts.clear()
  announce()
}

/** Runs `listener` whenever verdicts change wholesale; returns the function that stops it. */
export function onVerdictsChanged(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function announce(): void {
  for (const listener of [...listeners]) listener()
}
