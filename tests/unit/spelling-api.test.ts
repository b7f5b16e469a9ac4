import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackend, type OpenBackend } from '../../electron/api/create-backend'
import { dataLayout } from '../../electron/store/data-layout'
import { failure, value } from './fixtures/api'
import { createTempDirs, repoRoot, sampleDir } from './fixtures/data-dir'

const tempDir = createTempDirs()
const dictionaryDir = join(repoRoot, 'data', 'dictionaries')
const opened: OpenBackend[] = []
// Every backend a test opened is closed after it, releasing its lock.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((b) => b.close().catch(() => undefined)))
})

async function open(dataDir?: string, dictionaries: string | undefined = dictionaryDir) {
  const dir = dataDir ?? (await tempDir())
  const backend = await createBackend({
    dataDir: dir,
    sampleDir,
    dictionaryDir: dictionaries,
    dailyBackup: false,
    publishJobs: false,
  })
  opened.push(backend)
  return { ...backend, dataDir: dir, file: dataLayout(dir).newsroomDictionary }
}

const misspelled = async (b: OpenBackend, words: string[]) =>
  (await value(b.backend, 'spelling.check', { words })).misspelled

describe('spelling.check and spelling.suggest (the bundled Arabic dictionary)', () => {
  it('accepts correct Arabic words and finds misspellings with sensible suggestions', async () => {
    const b = await open()
    const correct = ['الحكومة', 'يكتبون', 'الفلسطينيين', 'إسرائيل', 'والحكومة', 'للحكومة']
    expect(await misspelled(b, [...correct, 'الحكومه', 'مكتبةة'])).toEqual(['الحكومه', 'مكتبةة'])
    const first = await value(b.backend, 'spelling.suggest', { word: 'الحكومه' })
    expect(first.suggestions[0]).toBe('الحكومة')
    const second = await value(b.backend, 'spelling.suggest', { word: 'مكتبةة' })
    expect(second.suggestions[0]).toBe('مكتبة')
    // At most 8, without diacritics, each once (Hunspell offers "مكتبةً" as well as "مكتبة").
    expect(second.suggestions.length).toBeLessThanOrEqual(8)
    expect(new Set(second.suggestions).size).toBe(second.suggestions.length)
    expect(second.suggestions.join('')).not.toMatch(/[\u064B-\u0652\u0640]/)
    expect((await value(b.backend, 'spelling.suggest', { word: 'الحكومة' })).suggestions).toEqual(
      [],
    )
  })

  it('is not fooled by diacritics or tatweel, and leaves Latin words and numbers alone', async () => {
    const b = await open()
    const words = ['الحُكومة', 'الحكـــومة', 'الْفِلَسْطِينِيِّينَ', 'Reuters', 'iPhone', '2024م', 'كوفيد19']
    expect(await misspelled(b, words)).toEqual([])
    expect(await misspelled(b, ['الحكـــومه'])).toEqual(['الحكـــومه'])
  })

  it('rejects invalid words with invalid_argument and leaves the newsroom dictionary as it was', async () => {
    const b = await open()
    await value(b.backend, 'spelling.addWord', { word: 'زيلينسكي' })
    const before = await readFile(b.file)
    const long = 'ب'.repeat(65)
    const bad: [string, unknown][] = [
      ['spelling.addWord', { word: '' }],
      ['spelling.addWord', { word: 'ترامب بايدن' }],
      ['spelling.addWord', { word: long }],
      ['spelling.addWord', { word: '١٢٣' }],
      ['spelling.removeWord', { word: '' }],
      ['spelling.check', { words: Array.from({ length: 5001 }, () => 'كتاب') }],
      ['spelling.check', { words: ['كتاب', long] }],
      ['spelling.suggest', { word: 'a b' }],
    ]
    for (const [method, args] of bad) {
      expect((await failure(b.backend, method, args)).code, method).toBe('invalid_argument')
    }
    expect(await readFile(b.file)).toEqual(before)
  })
})

describe('the newsroom dictionary', () => {
  it('keeps added words across a reopen, accepts them with prefixes, and removes them', async () => {
    const first = await open()
    expect(await misspelled(first, ['ترامب', 'وترامب', 'زيلينسكي', 'لزيلينسكي'])).toHaveLength(4)
    await value(first.backend, 'spelling.addWord', { word: 'ترامب' })
    const list = await value(first.backend, 'spelling.addWord', { word: 'زيلِينسكي' })
    // Stored once, without diacritics, sorted.
    expect(list.words).toEqual(['ترامب', 'زيلينسكي'])
    expect((await value(first.backend, 'spelling.addWord', { word: 'ترامب' })).words).toHaveLength(
      2,
    )
    expect(await misspelled(first, ['ترامب', 'وترامب', 'لزيلينسكي', 'والترامب'])).toEqual([])
    await first.close()

    const again = await open(first.dataDir)
    expect(JSON.parse(await readFile(again.file, 'utf8'))).toEqual({ words: ['ترامب', 'زيلينسكي'] })
    expect(await misspelled(again, ['ترامب', 'بزيلينسكي', 'ترامبب'])).toEqual(['ترامبب'])
    const status = await value(again.backend, 'spelling.status', {})
    expect(status).toEqual({ available: true, language: 'ar', newsroomWords: 2 })

    expect((await value(again.backend, 'spelling.removeWord', { word: 'ترامب' })).words).toEqual([
      'زيلينسكي',
    ])
    expect(await misspelled(again, ['ترامب', 'وترامب', 'زيلينسكي'])).toEqual(['ترامب', 'وترامب'])
    // Removing a word the dictionary knows anyway never takes it out of the dictionary.
    await value(again.backend, 'spelling.addWord', { word: 'الحكومة' })
    await value(again.backend, 'spelling.removeWord', { word: 'الحكومة' })
    expect(await misspelled(again, ['الحكومة'])).toEqual([])
    expect((await value(again.backend, 'spelling.words', {})).words).toEqual(['زيلينسكي'])
  })

  it('reports a damaged newsroom-dictionary.json as invalid_data and leaves it as it is', async () => {
    const dataDir = await tempDir()
    await (await open(dataDir)).close()
    const file = dataLayout(dataDir).newsroomDictionary
    const damaged = '{"words": ["ترامب", 42]}\n'
    await writeFile(file, damaged)
    const b = await open(dataDir)
    for (const [method, args] of [
      ['spelling.words', {}],
      ['spelling.addWord', { word: 'بايدن' }],
      ['spelling.check', { words: ['ترامب'] }],
    ] as const) {
      const error = await failure(b.backend, method, args)
      expect(error.code, method).toBe('invalid_data')
      expect(error.message).toContain('newsroom-dictionary.json')
    }
    expect(await readFile(file, 'utf8')).toBe(damaged)
  })

  it('is read-only in a window that does not hold the data directory', async () => {
    const dataDir = await tempDir()
    const first = await open(dataDir)
    await value(first.backend, 'spelling.addWord', { word: 'ترامب' })
    await first.close()
    const before = await readFile(dataLayout(dataDir).newsroomDictionary)
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
      stdio: 'ignore',
    })
    try {
      const lock = {
        pid: holder.pid,
        host: hostname(),
        app: 'midad serve',
        since: new Date().toISOString(),
      }
      await writeFile(dataLayout(dataDir).lock, JSON.stringify(lock))
      const reader = await open(dataDir)
      for (const method of ['spelling.addWord', 'spelling.removeWord'] as const) {
        const error = await failure(reader.backend, method, { word: 'ترامب' })
        expect(error.code, method).toBe('read_only')
        expect(error.message).toContain('another Midad')
      }
      expect(await misspelled(reader, ['وترامب', 'بايدنن'])).toEqual(['بايدنن'])
      expect(await readFile(dataLayout(dataDir).newsroomDictionary)).toEqual(before)
    } finally {
      holder.kill()
    }
  })
})

describe('without a dictionary', () => {
  it('says why in spelling.status, and check and suggest fail with unavailable', async () => {
    const b = await open(undefined, join(await tempDir(), 'no-such-folder'))
    const status = await value(b.backend, 'spelling.status', {})
    expect(status.available).toBe(false)
    expect(status.reason).toMatch(/ar\.aff is missing/)
    for (const [method, args] of [
      ['spelling.check', { words: ['كتاب'] }],
      ['spelling.suggest', { word: 'كتابب' }],
    ] as const) {
      const error = await failure(b.backend, method, args)
      expect(error.code).toBe('unavailable')
      expect(error.message).toContain(status.reason)
    }
    // The newsroom dictionary still works.
    expect((await value(b.backend, 'spelling.addWord', { word: 'ترامب' })).words).toEqual(['ترامب'])
  })
})
