import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { generate } from '../bench/store-bench-data'
import { startMidad } from '../support/midad-server'
import { expect, numberIn, openHeaderDialog, test, unnamedControls } from './fixtures'

/** The sample newsroom every new data directory starts with. */
const samples = readdirSync(join(import.meta.dirname, '..', '..', 'data', 'articles'))
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      JSON.parse(
        readFileSync(join(import.meta.dirname, '..', '..', 'data', 'articles', name), 'utf8'),
      ) as { id: string; title: string },
  )

/** Opens the dialog from the header (Arabic UI). */
const openDialog = (page: Page) => openHeaderDialog(page, 'تصدير الموقع…', 'تصدير الموقع')

test('Export site writes the whole site into a new folder, then finds it up to date', async ({
  page,
  midad,
  tempFolder,
}) => {
  const root = tempFolder()
  const site = join(root, 'site')
  await page.goto(midad.url)
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toBeVisible()

  // Reachable by keyboard: the native modal dialog takes focus and gives it back on Escape.
  const opener = page.getByRole('button', { name: 'تصدير الموقع…' })
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'تصدير الموقع' })
  await expect(dialog).toBeVisible()
  const folder = dialog.getByRole('textbox', { name: 'المجلد' })
  await expect(folder).toBeFocused()
  // Prefilled with the backend's suggestion (an absolute path), read left to right.
  await expect(folder).not.toHaveValue('')
  await expect(folder).toHaveAttribute('dir', 'ltr')
  await expect(dialog.getByRole('combobox', { name: 'المقالات' })).toHaveValue('published')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()

  await openDialog(page)
  expect(await unnamedControls(page)).toEqual([])
  const axe = await new AxeBuilder({ page }).include('dialog').analyze()
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(serious).toEqual([])

  await folder.fill(site)
  await dialog.getByRole('combobox', { name: 'المقالات' }).selectOption('all')
  await dialog.getByRole('textbox', { name: 'اسم الموقع' }).fill('أخبار الواحة')
  const address = dialog.getByRole('textbox', { name: 'عنوان الموقع' })
  await expect(address).toHaveAttribute('dir', 'ltr')
  await expect(address).toHaveAttribute('placeholder', 'https://example.com/')
  await address.fill('https://news.example')
  await dialog.getByRole('button', { name: 'تصدير', exact: true }).click()

  const status = dialog.getByRole('status')
  await expect(status).toContainText('صُدِّر الموقع', { timeout: 30_000 })
  // The count comes first (in the UI's digits: numberIn reads Arabic-Indic ones too).
  expect(numberIn(await status.textContent())).toBe(samples.length)
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  // The address is set, so the backend has nothing to warn about.
  await expect(dialog.getByRole('list', { name: 'تنبيهات' })).toHaveCount(0)
  // Focus moved to Close, the next thing to do, and the address was stored normalised.
  await expect(dialog.getByRole('button', { name: 'إغلاق' })).toBeFocused()
  await expect(address).toHaveValue('https://news.example/')
  expect(await midad.value('settings.get', {})).toMatchObject({
    siteTitle: 'أخبار الواحة',
    siteUrl: 'https://news.example/',
  })

  for (const file of ['index.html', 'feed.xml', 'sitemap.xml']) {
    expect(existsSync(join(site, file)), file).toBe(true)
  }
  const pages = readdirSync(join(site, 'articles')).filter((name) => name.endsWith('.html'))
  expect(pages).toHaveLength(samples.length)
  const pageText = pages.map((name) => readFileSync(join(site, 'articles', name), 'utf8'))
  for (const sample of samples) {
    expect(
      pageText.some((html) => html.includes(sample.title)),
      sample.id,
    ).toBe(true)
  }

  // Close, open again: the folder is remembered, and nothing changed, so nothing is written.
  await dialog.getByRole('button', { name: 'إغلاق' }).click()
  await expect(dialog).toBeHidden()
  await openDialog(page)
  await expect(folder).toHaveValue(site)
  await expect(dialog.getByRole('status')).toHaveText('')
  await dialog.getByRole('combobox', { name: 'المقالات' }).selectOption('all')
  await dialog.getByRole('button', { name: 'تصدير', exact: true }).click()
  await expect(status).toContainText('الموقع محدَّث أصلًا: لم يُكتب أي ملف.', { timeout: 30_000 })
})

test('a folder that is not empty and not made by Midad is refused and left alone', async ({
  page,
  midad,
  tempFolder,
}) => {
  const root = tempFolder()
  writeFileSync(join(root, 'notes.txt'), 'not a site')
  await page.goto(midad.url)
  const dialog = await openDialog(page)
  await dialog.getByRole('textbox', { name: 'المجلد' }).fill(root)
  await dialog.getByRole('button', { name: 'تصدير', exact: true }).click()
  // Why, in the UI's language (the backend's reason code, worded here).
  await expect(dialog.getByRole('alert')).toHaveText(
    'تعذّر تصدير الموقع: هذا المجلد فيه ملفات أخرى ولم يُنشئه مِداد، فلن يُستبدل. اختر مجلدًا فارغًا أو جديدًا.',
    { timeout: 30_000 },
  )
  await expect(dialog.getByRole('status')).toHaveText('')
  expect(readdirSync(root)).toEqual(['notes.txt'])
  expect(readFileSync(join(root, 'notes.txt'), 'utf8')).toBe('not a site')
  // Refused, not running: the dialog can be left.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('an invalid site address is refused next to its field and no export starts', async ({
  page,
  midad,
  tempFolder,
}) => {
  const root = tempFolder()
  const site = join(root, 'site')
  await page.goto(midad.url)
  const dialog = await openDialog(page)
  await dialog.getByRole('textbox', { name: 'المجلد' }).fill(site)
  const address = dialog.getByRole('textbox', { name: 'عنوان الموقع' })
  await address.fill('javascript:alert(1)')
  await dialog.getByRole('button', { name: 'تصدير', exact: true }).click()

  const error = dialog.getByRole('alert')
  await expect(error).toHaveText(
    'أدخل عنوانًا كاملًا يبدأ بـ http أو https، مثل https://example.com/',
  )
  await expect(address).toHaveAttribute('aria-invalid', 'true')
  await expect(address).toBeFocused()
  await expect(address).toHaveAccessibleDescription(/أدخل عنوانًا كاملًا/)
  await expect(dialog.getByRole('status')).toHaveText('')
  expect(existsSync(site)).toBe(false)
  expect((await midad.value('settings.get', {})).siteUrl).toBe('')

  // Typing in the field clears its error.
  await address.fill('https://news.example/')
  await expect(error).toHaveCount(0)
})

/** Articles in the newsroom the cancel test exports: enough that the export takes seconds. */
const LARGE_NEWSROOM = 4000

test('a running export shows its progress, holds the dialog open, and Cancel leaves nothing behind', async ({
  page,
  tempFolder,
}) => {
  test.setTimeout(180_000)
  const root = tempFolder()
  const dataDir = join(root, 'data')
  const site = join(root, 'site')
  await generate(LARGE_NEWSROOM, dataDir, join(root, 'single-file.json'))
  const midad = await startMidad({ dataDir })
  try {
    await page.goto(midad.url)
    const dialog = await openDialog(page)
    await dialog.getByRole('textbox', { name: 'المجلد' }).fill(site)
    await dialog.getByRole('combobox', { name: 'المقالات' }).selectOption('all')
    await dialog.getByRole('button', { name: 'تصدير', exact: true }).click()

    // The real job's progress: articles done out of all of them, counting up.
    const progress = dialog.getByRole('progressbar', { name: 'تقدّم التصدير' })
    await expect(progress).toHaveAttribute('max', String(LARGE_NEWSROOM))
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { intervals: [50] })
      .toBeGreaterThan(0)
    // The same count in words, with the total in the UI's number format.
    const total = await page.evaluate((n) => new Intl.NumberFormat('ar').format(n), LARGE_NEWSROOM)
    await expect(dialog.getByText(new RegExp(`^المقالات: \\S+ من ${total}$`))).toBeVisible()
    const cancel = dialog.getByRole('button', { name: 'إلغاء' })
    await expect(cancel).toBeFocused()
    await expect(dialog.getByRole('button', { name: 'إغلاق' })).toBeDisabled()
    await expect(dialog.getByRole('textbox', { name: 'المجلد' })).toBeDisabled()
    // Escape does not leave a running export.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeVisible()

    await cancel.click()
    await expect(dialog.getByRole('status')).toHaveText('أُلغي التصدير، وبقي المجلد كما كان.')
    await expect(progress).toHaveCount(0)
    await expect(dialog.getByRole('button', { name: 'إغلاق' })).toBeFocused()
    // Nothing half-written: no site folder, no staging folder beside it.
    expect(existsSync(site)).toBe(false)
    expect(readdirSync(root).filter((name) => name.startsWith('.site.'))).toEqual([])
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  } finally {
    await midad.stop()
  }
})
