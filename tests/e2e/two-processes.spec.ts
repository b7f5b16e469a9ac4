import { startMidad } from '../support/midad-server'
import { expect, openArticle, test } from './fixtures'

test('a second Midad on the same data directory opens it read-only and says so', async ({
  page,
  midad,
}) => {
  const second = await startMidad({ dataDir: midad.dataDir })
  try {
    const refused = await second.call('articles.create', { title: 'من النسخة الثانية' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } })

    await page.goto(second.url)
    await expect(page.getByRole('status').filter({ hasText: 'للقراءة فقط' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'مقال جديد' })).toBeDisabled()
    await openArticle(page, /العراق وسوريا/)
    await expect(page.getByRole('textbox', { name: 'العنوان', exact: true })).not.toBeEditable()
    const body = page.getByRole('textbox', { name: 'نص المقال' })
    await expect(body).not.toBeEditable()
    await expect(body).toHaveAttribute('contenteditable', 'false')

    // The first process still writes, and the second reads what it wrote after a restart.
    await midad.value('articles.create', { title: 'من النسخة الأولى' })
  } finally {
    await second.stop()
  }
  const titles = (await midad.value('articles.list', {})).map((a) => a.title)
  expect(titles).toContain('من النسخة الأولى')
  expect(titles).not.toContain('من النسخة الثانية')
})
