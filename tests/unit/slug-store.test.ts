import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend, type OpenBackend } from '../../electron/api/create-backend'
import { emptyDoc } from '../../shared/articles/doc-schema'
import { value } from './fixtures/api'
import { createTempDirs, sampleDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

/** Runs `test` on a backend over a fresh data directory with the sample newsroom, then closes it. */
async function withBackend(test: (opened: OpenBackend, dataDir: string) => Promise<void>) {
  const dataDir = await tempDir()
  const opened = await createBackend({ dataDir, sampleDir, dailyBackup: false })
  try {
    await test(opened, dataDir)
  } finally {
    await opened.close()
  }
}

const headline = 'وزير المالية: الموازنة تُقرّ الأسبوع المقبل'

describe('a new article’s slug', () => {
  it('is made from the title, follows it, and is stored so', async () => {
    await withBackend(async ({ backend }, dataDir) => {
      const article = await value(backend, 'articles.create', { title: headline, body: emptyDoc() })
      expect(article.slug).toBe('وزير-المالية-الموازنة-تقر-الأسبوع-المقبل')
      expect(article.slugAuto).toBe(true)
      const onDisk = JSON.parse(
        await readFile(join(dataDir, 'articles', `${article.id}.json`), 'utf8'),
      )
      expect(onDisk.slug).toBe(article.slug)
      const listed = await value(backend, 'articles.list', {})
      expect(listed.find((a) => a.id === article.id)?.slug).toBe(article.slug)
    })
  })

  it('is numbered when another article has it, the sample newsroom’s included', async () => {
    await withBackend(async ({ backend }) => {
      const first = await value(backend, 'articles.create', { title: headline })
      const second = await value(backend, 'articles.create', { title: `${headline}!` })
      const third = await value(backend, 'articles.create', { title: headline })
      expect(second.slug).toBe(`${first.slug}-2`)
      expect(third.slug).toBe(`${first.slug}-3`)
      // The sample "البنك-المركزي-يثبت-الفائدة" is taken, with or without the diacritic.
      const bank = await value(backend, 'articles.create', { title: 'البنك المركزي يثبّت الفائدة' })
      expect(bank.slug).toBe('البنك-المركزي-يثبت-الفائدة-2')
    })
  })

  it('is transliterated when the house style asks for Latin slugs', async () => {
    await withBackend(async ({ backend }) => {
      await value(backend, 'settings.update', { houseStyle: { slugs: 'latin' } })
      const article = await value(backend, 'articles.create', { title: 'قمة G20 في الرياض' })
      expect(article.slug).toBe('qma-g20-fy-alryad')
      await value(backend, 'settings.update', { houseStyle: { slugs: 'arabic' } })
      const again = await value(backend, 'articles.create', { title: 'قمة G20 في الرياض' })
      expect(again.slug).toBe('قمة-g20-في-الرياض')
    })
  })

  it('is empty and follows the title to come for an untitled article', async () => {
    await withBackend(async ({ backend }) => {
      const article = await value(backend, 'articles.create', {})
      expect(article.slug).toBe('')
      expect(article.slugAuto).toBe(true)
      const bare = await value(backend, 'articles.create', { title: '؟!' })
      expect(bare.slug).toBe('')
      expect(bare.slugAuto).toBe(true)
    })
  })

  it('is kept as given, and then does not follow the title', async () => {
    await withBackend(async ({ backend }) => {
      const given = await value(backend, 'articles.create', { title: headline, slug: 'budget' })
      expect(given).toMatchObject({ slug: 'budget', slugAuto: false })
      // Even a taken one: the pre-publish check reports it, the store does not rename it.
      const taken = await value(backend, 'articles.create', { title: 'x', slug: 'budget' })
      expect(taken.slug).toBe('budget')
    })
  })

  it('is remade when the creator says it follows the title', async () => {
    await withBackend(async ({ backend }) => {
      const first = await value(backend, 'articles.create', { title: headline })
      const copy = await value(backend, 'articles.create', {
        title: headline,
        slug: first.slug,
        slugAuto: true,
      })
      expect(copy).toMatchObject({ slug: `${first.slug}-2`, slugAuto: true })
    })
  })

  it('stays as it was when the title is saved again (the editor decides whether it follows)', async () => {
    await withBackend(async ({ backend }) => {
      const article = await value(backend, 'articles.create', { title: headline })
      const saved = await value(backend, 'articles.save', {
        id: article.id,
        baseRevision: article.revision,
        changes: { title: 'عنوان آخر' },
      })
      expect(saved.slug).toBe(article.slug)
    })
  })
})
