// Spelling benchmark: loading the bundled Arabic dictionary, then checking a 2,000-word article
// (the sample newsroom's text, repeated) word by word with Hunspell, against a plain Set lookup of
// the same words in the same process. Prints a final `spelling: …` line.
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadModule } from 'hunspell-asm'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const dir = join(root, 'data', 'dictionaries', 'ar')
const DECORATIONS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g
const normalise = (w) => w.normalize('NFC').replace(DECORATIONS, '')

const texts = []
const collect = (node) => {
  if (typeof node?.text === 'string') texts.push(node.text)
  for (const child of node?.content ?? []) collect(child)
}
for (const file of (await readdir(join(root, 'data', 'articles'))).filter((f) =>
  f.endsWith('.json'),
)) {
  collect(JSON.parse(await readFile(join(root, 'data', 'articles', file), 'utf8')).body)
}
const pool = texts
  .join(' ')
  .match(/[\p{L}\p{M}\u0640]+/gu)
  .filter((w) => /[\u0621-\u064A]/.test(w))
const words = Array.from({ length: 2000 }, (_, i) => pool[i % pool.length])

const started = performance.now()
const factory = await loadModule()
const hunspell = factory.create(
  factory.mountBuffer(await readFile(join(dir, 'ar.aff')), 'ar.aff'),
  factory.mountBuffer(await readFile(join(dir, 'ar.dic')), 'ar.dic'),
)
const loadMs = performance.now() - started

const median = (run) => {
  const times = []
  for (let i = 0; i < 15; i++) {
    const t = performance.now()
    run()
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[7]
}
const known = new Set(words.map(normalise))
let wrong = 0
const hunspellMs = median(() => {
  wrong = words.filter((w) => !hunspell.spell(normalise(w))).length
})
const setMs = median(() => words.filter((w) => !known.has(normalise(w))).length)
const suggestStart = performance.now()
hunspell.suggest('الحكومه')
const suggestMs = performance.now() - suggestStart

console.log(`words: ${words.length} (${new Set(words).size} distinct), flagged: ${wrong}`)
console.log(
  `spelling: load ${loadMs.toFixed(0)} ms; check 2,000 words ${hunspellMs.toFixed(1)} ms (Set lookup baseline ${setMs.toFixed(2)} ms, ${(hunspellMs / setMs).toFixed(0)}x); one suggest ${suggestMs.toFixed(0)} ms`,
)
