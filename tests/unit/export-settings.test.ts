import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { failure, value } from './fixtures/api'
import { createTempDirs, sampleDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

async function open(dataDir: string) {
  return createBackend({ dataDir, sampleDir, dailyBackup: false })
}

describe('the house digits setting', () => {
  it('defaults to Arabic-Indic digits, also in a settings file written before it existed', async () => {
    const dataDir = await tempDir()
    const first = await open(dataDir)
    await first.close()
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ language: 'en' }))
    const opened = await open(dataDir)
    try {
      expect(await value(opened.backend, 'settings.get', {})).toEqual({
        language: 'en',
        digits: 'arabic',
        siteTitle: '',
        siteUrl: '',
        displayName: '',
        siteDir: '',
        houseStyle: { quotes: '«»', maxParagraphWords: 120, maxHeadlineChars: 90, slugs: 'arabic' },
        theme: 'system',
        spellcheck: 'auto',
      })
    } finally {
      await opened.close()
    }
  })

  it('is changed on its own, kept on disk, and used by the export', async () => {
    const dataDir = await tempDir()
    const opened = await open(dataDir)
    try {
      const settings = await value(opened.backend, 'settings.update', { digits: 'western' })
      expect(settings).toMatchObject({ language: 'ar', digits: 'western' })
      expect(JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'))).toEqual(settings)
      const page = await value(opened.backend, 'export.article', { id: 'sample-water' })
      expect(page.html).toMatch(/<time datetime="[^"]+">\d+ \S+ \d{4}<\/time>/)
      expect(page.fileName).toBe('العراق-سوريا-موسم-جفاف-جديد.html')
    } finally {
      await opened.close()
    }
  })

  it('refuses a value that is not one of the two styles', async () => {
    const dataDir = await tempDir()
    const opened = await open(dataDir)
    try {
      for (const digits of ['roman', '', 1, null]) {
        const error = await failure(opened.backend, 'settings.update', { digits })
        expect(error.code).toBe('invalid_argument')
      }
      const missing = await failure(opened.backend, 'export.article', { id: 'no-such' })
      expect(missing.code).toBe('not_found')
      const bad = await failure(opened.backend, 'export.article', { id: '../x' })
      expect(bad.code).toBe('invalid_argument')
    } finally {
      await opened.close()
    }
  })
})
