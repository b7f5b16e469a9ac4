import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startMidad } from '../support/midad-server'
import { expect, openArticle, test } from './fixtures'

test('a damaged article file is set aside, restored, and the user is told', async ({
  page,
  midad,
}) => {
  const saved = await midad.value('articles.save', {
    id: 'sample-water',
    baseRevision: (await midad.value('articles.get', { id: 'sample-water' })).revision,
    changes: { standfirst: 'نسخة سليمة محفوظة' },
  })
  await midad.halt()
  await writeFile(join(midad.dataDir, 'articles', 'sample-water.json'), '{"title": "نصف ملف')

  const again = await startMidad({ dataDir: midad.dataDir })
  try {
    await page.goto(again.url)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('العراق وسوريا', { timeout: 15_000 })
    await expect(alert).toContainText('quarantine')
    await openArticle(page, /العراق وسوريا/)
    await expect(page.getByRole('textbox', { name: 'المقدمة' })).toHaveValue('نسخة سليمة محفوظة')
    const status = await again.value('store.status', {})
    const moved = status.recoveries[0]?.quarantined ?? ''
    expect(await readFile(join(midad.dataDir, moved), 'utf8')).toBe('{"title": "نصف ملف')
    expect(status.recoveries[0]?.restoredRevision).toBe(saved.revision)
  } finally {
    await again.stop()
  }
})
