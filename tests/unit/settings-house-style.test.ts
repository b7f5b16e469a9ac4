import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type OpenBackend } from '../../electron/api/create-backend'
import { failure, value } from './fixtures/api'
import { createTempDirs, sampleDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

/** Runs `test` on a backend over a fresh (or given) data directory, closing it afterwards. */
async function withOpened(
  dataDir: string,
  test: (opened: OpenBackend) => Promise<void>,
): Promise<void> {
  const opened = await createBackend({ dataDir, sampleDir, dailyBackup: false })
  try {
    await test(opened)
  } finally {
    await opened.close()
  }
}

const onDisk = async (dataDir: string): Promise<string> =>
  readFile(join(dataDir, 'settings.json'), 'utf8')

describe('the house style in the settings', () => {
  it('starts from the defaults', async () => {
    await withOpened(await tempDir(), async ({ backend }) => {
      expect((await value(backend, 'settings.get', {})).houseStyle).toEqual({
        quotes: '«»',
        maxParagraphWords: 120,
        maxHeadlineChars: 90,
        slugs: 'arabic',
      })
    })
  })

  it('changes only the keys a partial update gives, and keeps the other settings', async () => {
    const dataDir = await tempDir()
    await withOpened(dataDir, async ({ backend }) => {
      await value(backend, 'settings.update', {
        language: 'en',
        digits: 'western',
        houseStyle: { maxParagraphWords: 200, slugs: 'latin' },
      })
      const settings = await value(backend, 'settings.update', { houseStyle: { quotes: '“”' } })
      expect(settings).toMatchObject({ language: 'en', digits: 'western' })
      expect(settings.houseStyle).toEqual({
        quotes: '“”',
        maxParagraphWords: 200,
        maxHeadlineChars: 90,
        slugs: 'latin',
      })
      // Changing another setting leaves the house style alone.
      const after = await value(backend, 'settings.update', { digits: 'arabic' })
      expect(after.houseStyle).toEqual(settings.houseStyle)
      expect(JSON.parse(await onDisk(dataDir))).toEqual(after)
    })
    // And it is what a later session reads.
    await withOpened(dataDir, async ({ backend }) => {
      expect((await value(backend, 'settings.get', {})).houseStyle.quotes).toBe('“”')
    })
  })

  it.each([
    ['a paragraph limit under 10 words', { maxParagraphWords: 5 }],
    ['a paragraph limit over 2000 words', { maxParagraphWords: 2001 }],
    ['a fractional headline limit', { maxHeadlineChars: 40.5 }],
    ['a headline limit over 500', { maxHeadlineChars: 501 }],
    ['a headline limit as text', { maxHeadlineChars: '80' }],
    ['quotation marks that are not a house style', { quotes: '<>' }],
    ['an unknown slug style', { slugs: 'ascii' }],
    ['an unknown key', { quotes: '“”', lineHeight: 2 }],
    ['a house style that is not an object', 'curly'],
  ])('refuses %s, and settings.json stays as it was', async (_, houseStyle) => {
    const dataDir = await tempDir()
    await withOpened(dataDir, async ({ backend }) => {
      await value(backend, 'settings.update', { houseStyle: { maxHeadlineChars: 70 } })
      const before = await onDisk(dataDir)
      const error = await failure(backend, 'settings.update', { digits: 'western', houseStyle })
      expect(error.code).toBe('invalid_argument')
      expect(await onDisk(dataDir)).toBe(before)
      const settings = await value(backend, 'settings.get', {})
      expect(settings.digits).toBe('arabic')
      expect(settings.houseStyle.maxHeadlineChars).toBe(70)
    })
  })

  it('reads a settings.json written before the house style existed, with its defaults', async () => {
    const dataDir = await tempDir()
    await withOpened(dataDir, async () => {})
    const old = { language: 'en', digits: 'western', siteTitle: 'جريدة الغد', displayName: 'ليلى' }
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify(old))
    await withOpened(dataDir, async ({ backend }) => {
      const settings = await value(backend, 'settings.get', {})
      expect(settings).toMatchObject(old)
      expect(settings.houseStyle).toEqual({
        quotes: '«»',
        maxParagraphWords: 120,
        maxHeadlineChars: 90,
        slugs: 'arabic',
      })
      // A partial change then fills in the rest from the defaults.
      const updated = await value(backend, 'settings.update', { houseStyle: { quotes: '""' } })
      expect(updated.houseStyle).toEqual({ ...settings.houseStyle, quotes: '""' })
      expect(JSON.parse(await onDisk(dataDir)).houseStyle).toEqual(updated.houseStyle)
    })
  })

  it('reads a settings.json with only some house-style keys, filling in the others', async () => {
    const dataDir = await tempDir()
    await withOpened(dataDir, async () => {})
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ houseStyle: { quotes: '“”' } }),
    )
    await withOpened(dataDir, async ({ backend }) => {
      expect((await value(backend, 'settings.get', {})).houseStyle).toEqual({
        quotes: '“”',
        maxParagraphWords: 120,
        maxHeadlineChars: 90,
        slugs: 'arabic',
      })
    })
  })
})
