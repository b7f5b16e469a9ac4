import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Doc } from '../../shared/articles/doc-schema'
import { expect, expectSaved, openArticle, test, unnamedControls } from './fixtures'

const body = (text: string): Doc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

/** Sixty Arabic words: enough for the checklist's fifty. */
const longText = Array.from({ length: 12 }, () => 'افتتح المحافظ الجسر الجديد صباح اليوم.').join(
  ' ',
)

test('the publish panel checks a short article, sends the editor to each fix, publishes to a folder, updates with a correction and unpublishes', async ({
  page,
  midad,
  tempFolder,
}) => {
  const dir = tempFolder()
  await midad.value('targets.add', { kind: 'folder', name: 'الموقع', dir })
  const created = await midad.value('articles.create', {
    title: 'افتتاح الجسر الجديد',
    body: body('افتتح المحافظ الجسر اليوم.'),
    // No slug, and none made from the title: the checklist must ask for one.
    slug: '',
    slugAuto: false,
  })
  await page.goto(midad.url)
  await openArticle(page, /افتتاح الجسر الجديد/)

  const toggle = page.getByRole('button', { name: 'فتح لوحة النشر' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const panel = page.getByRole('region', { name: 'لوحة النشر' })
  await expect(panel.getByRole('combobox', { name: 'هدف النشر' })).toHaveValue(/.+/)
  const checks = panel.getByRole('list', { name: 'فحوص ما قبل النشر' }).getByRole('listitem')
  const words = checks.filter({ hasText: 'في نص المقال' })
  await expect(words).toContainText('يمنع النشر')
  await expect(words).toContainText(/والحد الأدنى (50|٥٠) كلمة/)
  const slug = checks.filter({ hasText: 'المعرّف' })
  await expect(slug).toContainText('يمنع النشر')
  await expect(slug).toContainText('لا يوجد معرّف')
  await expect(checks.filter({ hasText: 'هدف نشر' })).toContainText('ناجح')
  const publish = panel.getByRole('button', { name: 'نشر', exact: true })
  await expect(publish).toBeDisabled()
  // No scheduled date: Schedule is off, with a way to set one.
  await expect(panel.getByRole('button', { name: 'جدولة', exact: true })).toBeDisabled()
  await expect(panel.getByRole('button', { name: 'تحديد موعد النشر' })).toBeVisible()
  expect(await unnamedControls(page)).toEqual([])

  // The slug's fix opens Article settings at the slug.
  await slug.getByRole('button', { name: 'تعديل المعرّف' }).click()
  const slugBox = page
    .getByRole('complementary', { name: 'إعدادات المقال' })
    .getByRole('textbox', { name: 'المعرّف في الرابط (slug)' })
  await expect(slugBox).toBeFocused()
  await slugBox.fill('الجسر-الجديد')

  // The words' fix puts the cursor at the end of the body.
  await toggle.click()
  await words.getByRole('button', { name: 'الكتابة في نص المقال' }).click()
  const editor = page.getByRole('textbox', { name: 'نص المقال' })
  await expect(editor).toBeFocused()
  await page.keyboard.insertText(` ${longText}`)
  await expect(words).toContainText('ناجح')
  await expect(slug).toContainText('ناجح')
  await expect(publish).toBeEnabled()

  // Publishing saves first, then the job runs in the backend.
  await publish.click()
  const jobs = panel.getByRole('list', { name: 'مهام النشر' }).getByRole('listitem')
  await expect(jobs.first()).toContainText('تم', { timeout: 20_000 })
  await expect(jobs.first()).toContainText('النشر على الموقع')
  const page1 = join(dir, 'articles', 'الجسر-الجديد.html')
  await expect.poll(() => existsSync(page1)).toBe(true)
  // No site address: the page's file is shown as a path, not as a link a browser cannot open.
  await expect(panel.getByRole('code')).toHaveText(page1)
  await expect(panel.getByRole('link', { name: 'عرض على الموقع' })).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'إلغاء النشر' })).toBeVisible()
  await expect(panel.getByRole('button', { name: 'تحديث المنشور' })).toBeHidden()
  // The editor took the backend's new revision: the status shows Published, no conflict.
  await expect(page.getByRole('combobox', { name: 'الحالة', exact: true })).toHaveValue('published')
  await expect(page.getByRole('alert')).toHaveCount(0)

  // An edit: the site is behind, "Update published" offers a correction note.
  await editor.click()
  await page.keyboard.press('End')
  await page.keyboard.insertText(' وحضر الافتتاح عدد من الأهالي.')
  await expectSaved(page)
  const update = panel.getByRole('button', { name: 'تحديث المنشور' })
  await expect(update).toBeVisible()
  await panel
    .getByRole('textbox', { name: 'ملاحظة التصحيح' })
    .fill('صُحّح اسم المحافظ في الفقرة الأولى.')
  await update.click()
  await expect(jobs).toHaveCount(2)
  await expect(jobs.first()).toContainText('تم', { timeout: 20_000 })
  await expect.poll(() => readFile(page1, 'utf8')).toContain('صُحّح اسم المحافظ في الفقرة الأولى.')
  expect(await readFile(page1, 'utf8')).toContain('وحضر الافتتاح عدد من الأهالي.')
  await expect(update).toBeHidden()
  // The edit was saved on top of the published revision, and the status was not sent back.
  await expect(page.getByRole('alert')).toHaveCount(0)
  const stored = await midad.value('articles.get', { id: created.id })
  expect(stored.status).toBe('published')
  expect(stored.corrections?.map((c) => c.note)).toEqual(['صُحّح اسم المحافظ في الفقرة الأولى.'])

  // Preview: the exported page in a frame without scripts.
  await panel.getByRole('button', { name: 'معاينة' }).click()
  const dialog = page.getByRole('dialog', { name: 'معاينة «افتتاح الجسر الجديد»' })
  await expect(dialog).toBeVisible()
  const frame = dialog.locator('iframe')
  await expect(frame).toHaveAttribute('sandbox', '')
  await expect(
    page.frameLocator('iframe[sandbox]').getByRole('heading', { name: 'افتتاح الجسر الجديد' }),
  ).toBeVisible()
  await dialog.getByRole('button', { name: 'إغلاق المعاينة' }).click()
  await expect(dialog).toBeHidden()

  // Unpublish asks first, then takes the page down.
  page.once('dialog', (d) => void d.accept())
  await panel.getByRole('button', { name: 'إلغاء النشر' }).click()
  await expect(jobs).toHaveCount(3)
  await expect(jobs.first()).toContainText('تم', { timeout: 20_000 })
  await expect(jobs.first()).toContainText('إلغاء النشر من الموقع')
  await expect.poll(() => existsSync(page1)).toBe(false)
  await expect(publish).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'الحالة', exact: true })).toHaveValue('draft')
  expect(await unnamedControls(page)).toEqual([])
})

test('in English the panel names its controls, and without a target the checklist links to Targets', async ({
  page,
  midad,
  tempFolder,
}) => {
  await midad.value('settings.update', { language: 'en' })
  await midad.value('articles.create', {
    title: 'A bridge opens',
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Short, ' },
            {
              type: 'text',
              text: 'write to us',
              marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }],
            },
          ],
        },
      ],
    },
  })
  await page.goto(midad.url)
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: /A bridge opens/ })
    .click()
  await page.getByRole('button', { name: 'Open publish panel' }).click()
  const panel = page.getByRole('region', { name: 'Publish panel' })
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(1)
  await expect(panel.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled()
  await expect(panel.getByRole('button', { name: 'Schedule', exact: true })).toBeDisabled()
  await expect(panel.getByText('No publishing target yet.')).toBeVisible()
  const target = panel.getByRole('listitem').filter({ hasText: 'No publishing target' })
  await expect(target).toContainText('Blocks publishing')
  // Its fix opens the Targets screen; a folder added there passes the check once it closes.
  await target.getByRole('button', { name: 'Add a target' }).click()
  const targets = page.getByRole('dialog', { name: 'Targets' })
  await expect(targets).toBeVisible()
  const dir = tempFolder()
  await midad.value('targets.add', { kind: 'folder', name: 'Site', dir })
  await rm(dir, { recursive: true })
  await targets.getByRole('button', { name: 'Close' }).click()
  await expect(target).toBeHidden()
  await expect(panel.getByRole('listitem').filter({ hasText: 'is configured' })).toContainText(
    'Passed',
  )
  await expect(panel.getByRole('combobox', { name: 'Target' })).toHaveValue(/.+/)
  // A link that is not http(s) is named, and its fix selects it in the body.
  const links = panel.getByRole('listitem').filter({ hasText: 'not valid web addresses' })
  await expect(links).toContainText('mailto:desk@example.com')
  await links.getByRole('button', { name: 'Go to the bad link' }).click()
  await expect(page.getByRole('textbox', { name: 'Body' })).toBeFocused()
  expect(await page.evaluate(() => String(window.getSelection()))).toBe('write to us')
  const title = panel.getByRole('listitem').filter({ hasText: 'characters long' })
  await expect(title).toContainText('Passed')
  await panel
    .getByRole('listitem')
    .filter({ hasText: 'no excerpt' })
    .getByRole('button', { name: 'Write an excerpt' })
    .click()
  await expect(
    page.getByRole('complementary', { name: 'Article settings' }).getByLabel('Excerpt'),
  ).toBeFocused()
  await page.getByRole('button', { name: 'Open publish panel' }).click()
  expect(await unnamedControls(page)).toEqual([])
})

test('a save refused because a publish job saved first is made again on top of it, without a conflict banner', async ({
  page,
  midad,
  tempFolder,
}) => {
  const dir = tempFolder()
  await midad.value('targets.add', { kind: 'folder', name: 'الموقع', dir })
  const created = await midad.value('articles.create', {
    title: 'موازنة العام المقبل',
    slug: 'موازنة-العام-المقبل',
    body: body(longText),
  })
  await page.goto(midad.url)
  await openArticle(page, /موازنة العام المقبل/)
  // Published from elsewhere (the CLI, another window) while this editor is open.
  const job = await midad.value('publish.start', { id: created.id })
  await expect
    .poll(async () => (await midad.value('publish.jobs', { articleId: created.id }))[0]?.state)
    .toBe('done')
  const published = await midad.value('articles.get', { id: created.id })
  expect(published.revision).toBe(2)
  expect(job.state).toBe('queued')

  // This editor's next save is based on revision 1: refused, then made on top of revision 2.
  await page.getByRole('textbox', { name: 'نص المقال' }).click()
  await page.keyboard.press('End')
  await page.keyboard.insertText(' وأقرّ المجلس الموازنة.')
  await expectSaved(page)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: 'الحالة', exact: true })).toHaveValue('published')
  const stored = await midad.value('articles.get', { id: created.id })
  expect(stored.revision).toBe(3)
  expect(stored.status).toBe('published')
  expect(JSON.stringify(stored.body)).toContain('وأقرّ المجلس الموازنة.')
  expect(stored.publications?.[0]).toMatchObject({ state: 'published', revision: 2 })

  // The panel then offers to update the site with the edit.
  await page.getByRole('button', { name: 'فتح لوحة النشر' }).click()
  const panel = page.getByRole('region', { name: 'لوحة النشر' })
  await expect(panel.getByRole('button', { name: 'تحديث المنشور' })).toBeVisible()
})

test('a job the folder refuses fails with its reason, and Retry runs it again once the folder is fixed', async ({
  page,
  midad,
  tempFolder,
}) => {
  const dir = tempFolder()
  // A folder that holds someone else's file: the site export will not take it over.
  await writeFile(join(dir, 'notes.txt'), 'not a site')
  await midad.value('targets.add', { kind: 'folder', name: 'الموقع', dir })
  await midad.value('articles.create', {
    title: 'مهرجان الشعر',
    slug: 'مهرجان-الشعر',
    body: body(longText),
  })
  await page.goto(midad.url)
  await openArticle(page, /مهرجان الشعر/)
  await page.getByRole('button', { name: 'فتح لوحة النشر' }).click()
  const panel = page.getByRole('region', { name: 'لوحة النشر' })
  await panel.getByRole('button', { name: 'نشر', exact: true }).click()
  const job = panel.getByRole('list', { name: 'مهام النشر' }).getByRole('listitem')
  await expect(job).toContainText('فشل', { timeout: 20_000 })
  await expect(job).toContainText('not empty')
  await expect(panel.getByRole('status')).toHaveText('النشر على الموقع: فشل')
  await expect(panel.getByRole('button', { name: 'نشر', exact: true })).toBeVisible()

  await rm(join(dir, 'notes.txt'))
  await job.getByRole('button', { name: 'إعادة المحاولة' }).click()
  await expect(job).toContainText('تم', { timeout: 20_000 })
  await expect(job.getByRole('button', { name: 'إعادة المحاولة' })).toBeHidden()
  await expect.poll(() => existsSync(join(dir, 'articles', 'مهرجان-الشعر.html'))).toBe(true)
  await expect(panel.getByRole('code')).toHaveText(join(dir, 'articles', 'مهرجان-الشعر.html'))
})
