import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HunspellChecker } from '../../electron/spelling/hunspell-checker'
import { checkableWords, normaliseSpellWord } from '../../shared/spelling/spell-words'
import { createTempDirs, repoRoot } from './fixtures/data-dir'

const tempDir = createTempDirs()
const arDir = join(repoRoot, 'data', 'dictionaries', 'ar')

describe('the bundled Arabic dictionary', () => {
  it('is the hunspell-ar release SOURCE.json names, byte for byte, with its licence', async () => {
    const source = JSON.parse(await readFile(join(arDir, 'SOURCE.json'), 'utf8'))
    expect(source.package).toBe('hunspell-ar')
    expect(Object.keys(source.sha256).sort()).toEqual(['ar.aff', 'ar.dic'])
    for (const [file, sha] of Object.entries(source.sha256)) {
      const bytes = await readFile(join(arDir, file))
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(sha)
    }
    const licence = await readFile(join(arDir, 'LICENSE.txt'), 'utf8')
    expect(licence).toContain(`hunspell-ar ${source.version}`)
    expect(licence).toMatch(/GPL 2\.0\/LGPL 2\.1\/MPL 1\.1/)
  })

  it('reports a file that is not a Hunspell dictionary instead of loading it', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'ar'))
    await writeFile(join(dir, 'ar', 'ar.aff'), await readFile(join(arDir, 'ar.aff')))
    await writeFile(join(dir, 'ar', 'ar.dic'), '<html>Not found</html>\n')
    const loaded = await new HunspellChecker(dir).load()
    expect(loaded).toEqual({
      ok: false,
      reason: `${join(dir, 'ar', 'ar.dic')} is not a Hunspell file: the first line is not a word count.`,
    })
  })
})

describe('words the editor sends to the spellchecker', () => {
  it('keeps diacritics and tatweel inside a word and splits on Arabic punctuation', () => {
    const text = 'قالت «الحُكـومة»، اليوم؛ هل ذهبوا؟ Reuters 2024م كوفيد-19'
    const words = checkableWords(text).map((w) => w.word)
    expect(words).toEqual(['قالت', 'الحُكـومة', 'اليوم', 'هل', 'ذهبوا', 'كوفيد'])
    const found = checkableWords(text)[1]
    expect(found && text.slice(found.from, found.to)).toBe('الحُكـومة')
  })

  it('normalises a word to the form Hunspell and the newsroom dictionary use', () => {
    expect(normaliseSpellWord('الحُكـــومةُ')).toBe('الحكومة')
    // A decomposed hamza (ا + ٔ) becomes the one letter أ.
    expect(normaliseSpellWord('\u0627\u0654حمد')).toBe('أحمد')
  })
})
