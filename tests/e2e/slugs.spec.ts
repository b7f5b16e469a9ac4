import type { Page } from '@playwright/test'
import type { Doc } from '../../shared/articles/doc-schema'
import { expect, expectSaved, newArticle, openArticle, test, unnamedControls } from './fixtures'

const body = (text: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

/** Sixty Arabic words: enough for the pre-publish checklist's fifty. */
const longText = Array.from({ length: 12 }, () => 'افتتح المحافظ الجسر الجديد صباح اليوم.').join(
  ' ',
)

/** Opens Article settings and returns its slug box. */
async function openSlug(page: Page) {
  await page.getByRole('button', { name: 'إعدادات المقال' }).click()
  const panel = page.getByRole('complementary', { name: 'إعدادات المقال' })
  return { panel, slug: panel.getByRole('textbox', { name: 'المعرّف في الرابط (slug)' }) }
}

test('a new article’s slug follows its headline until the editor types one, and “Make from headline” brings it back', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await newArticle(page, 'وزير المالية: الموازنة تُقرّ الأسبوع المقبل', 'نص الخبر.')
  const { panel, slug } = await openSlug(page)
  await expect(slug).toHaveValue('وزير-المالية-الموازنة-تقر-الأسبوع-المقبل')
  await expect(panel.getByText('يتبع العنوان إلى أن يُنشر المقال.')).toBeVisible()
  // What the address will look like once copied: the Arabic letters percent-encoded.
  await expect(panel.getByRole('code')).toHaveText(
    encodeURIComponent('وزير-المالية-الموازنة-تقر-الأسبوع-المقبل'),
  )
  await expect(panel.getByRole('button', { name: 'من العنوان' })).toHaveCount(0)
  expect(await unnamedControls(page)).toEqual([])

  const title = page.getByRole('textbox', { name: 'العنوان', exact: true })
  await title.fill('العـراق يفوز ٣-١')
  await expect(slug).toHaveValue('العراق-يفوز-3-1')
  await expectSaved(page)
  const [summary] = (await midad.value('articles.list', {})).filter((a) => a.title.includes('يفوز'))
  expect(summary?.slug).toBe('العراق-يفوز-3-1')
  const id = summary?.id ?? ''
  expect((await midad.value('articles.get', { id })).slugAuto).toBe(true)

  // A slug of one's own: the headline no longer moves it.
  await slug.fill('iraq-win')
  await expect(panel.getByText('يتبع العنوان إلى أن يُنشر المقال.')).toHaveCount(0)
  await expect(panel.getByRole('code')).toHaveCount(0)
  await title.fill('العراق يفوز على الأردن')
  await expect(slug).toHaveValue('iraq-win')
  await expectSaved(page)
  expect(await midad.value('articles.get', { id })).toMatchObject({
    slug: 'iraq-win',
    slugAuto: false,
  })

  // Before publishing, "Make from headline" simply follows the headline again.
  await panel.getByRole('button', { name: 'من العنوان' }).click()
  await expect(slug).toHaveValue('العراق-يفوز-على-الأردن')
  await title.fill('العراق يفوز على الأردن ويتأهل')
  await expect(slug).toHaveValue('العراق-يفوز-على-الأردن-ويتأهل')
  await expectSaved(page)
  expect(await midad.value('articles.get', { id })).toMatchObject({
    slug: 'العراق-يفوز-على-الأردن-ويتأهل',
    slugAuto: true,
  })

  // It survives a reload as it was saved.
  await page.reload()
  await openArticle(page, /ويتأهل/)
  await expect((await openSlug(page)).slug).toHaveValue('العراق-يفوز-على-الأردن-ويتأهل')
})

test('a headline another article already has gets a numbered slug', async ({ page, midad }) => {
  await page.goto(midad.url)
  // The sample newsroom has "البنك-المركزي-يثبت-الفائدة".
  await newArticle(page, 'البنك المركزي يثبّت الفائدة', 'نص الخبر.')
  const { slug } = await openSlug(page)
  await expect(slug).toHaveValue('البنك-المركزي-يثبت-الفائدة-2')
  await expectSaved(page)
  const mine = (await midad.value('articles.list', {})).filter((a) =>
    a.slug.startsWith('البنك-المركزي'),
  )
  expect(mine.map((a) => a.slug).sort()).toEqual([
    'البنك-المركزي-يثبت-الفائدة',
    'البنك-المركزي-يثبت-الفائدة-2',
  ])
})

test('once published, the slug stays when the headline changes, and is remade only after a warning', async ({
  page,
  midad,
  tempFolder,
}) => {
  await midad.value('targets.add', { kind: 'folder', name: 'الموقع', dir: tempFolder() })
  const created = await midad.value('articles.create', {
    title: 'افتتاح الجسر الجديد',
    body: body(longText),
  })
  expect(created).toMatchObject({ slug: 'افتتاح-الجسر-الجديد', slugAuto: true })
  await midad.value('publish.start', { id: created.id })
  await expect
    .poll(async () => (await midad.value('publish.jobs', { articleId: created.id }))[0]?.state)
    .toBe('done')

  await page.goto(midad.url)
  await openArticle(page, /افتتاح الجسر الجديد/)
  const { panel, slug } = await openSlug(page)
  await page
    .getByRole('textbox', { name: 'العنوان', exact: true })
    .fill('افتتاح الجسر الجديد بحضور الوزير')
  await expect(panel.getByText(/نُشر المقال: لم يعد المعرّف يتغيّر مع العنوان/)).toBeVisible()
  await expect(slug).toHaveValue('افتتاح-الجسر-الجديد')
  await expectSaved(page)
  expect((await midad.value('articles.get', { id: created.id })).slug).toBe('افتتاح-الجسر-الجديد')

  // "Make from headline" warns that the old address stops working; declined, nothing changes.
  const remake = panel.getByRole('button', { name: 'من العنوان' })
  const messages: string[] = []
  page.once('dialog', (dialog) => {
    messages.push(dialog.message())
    void dialog.dismiss()
  })
  await remake.click()
  expect(messages[0]).toContain('يتوقف الرابط القديم عن العمل')
  expect(messages[0]).toContain('افتتاح-الجسر-الجديد')
  await expect(slug).toHaveValue('افتتاح-الجسر-الجديد')

  page.once('dialog', (dialog) => void dialog.accept())
  await remake.click()
  await expect(slug).toHaveValue('افتتاح-الجسر-الجديد-بحضور-الوزير')
  await expectSaved(page)
  // Made once: the next headline edit leaves it alone.
  await page
    .getByRole('textbox', { name: 'العنوان', exact: true })
    .fill('افتتاح الجسر الجديد بحضور رئيس الوزراء')
  await expect(slug).toHaveValue('افتتاح-الجسر-الجديد-بحضور-الوزير')
  await expectSaved(page)
  expect(await midad.value('articles.get', { id: created.id })).toMatchObject({
    slug: 'افتتاح-الجسر-الجديد-بحضور-الوزير',
    slugAuto: false,
  })
})
