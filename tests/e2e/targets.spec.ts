import { createServer } from 'node:net'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { startMidad } from '../support/midad-server'
import { expect, openHeaderDialog, test, unnamedControls } from './fixtures'

/** A 127.0.0.1 port nothing listens on (taken, then given back). */
async function unusedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (!address || typeof address === 'string') throw new Error('no port')
  return address.port
}

/** Opens the dialog from the header (Arabic UI). */
const openTargets = (page: Page) => openHeaderDialog(page, 'أهداف النشر', 'أهداف النشر')

test('folder and WordPress targets are added, tested, listed, edited and removed', async ({
  page,
  midad,
  tempFolder,
}) => {
  const site = join(tempFolder(), 'site')
  const port = await unusedPort()
  await page.goto(midad.url)
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toBeVisible()

  // By keyboard: the modal takes focus and gives it back to the button when it closes.
  const opener = page.getByRole('button', { name: 'أهداف النشر' })
  await opener.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'أهداف النشر' })
  await expect(dialog).toBeVisible()
  // Browser mode has no system key store: the screen says where passwords are kept.
  await expect(dialog.getByRole('note')).toContainText('دون تشفير')
  await expect(dialog.getByText('لا أهداف نشر بعد.')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
  await openTargets(page)

  // A folder target: tested first (the folder does not exist yet, its parent does), then saved.
  await dialog.getByRole('button', { name: 'إضافة مجلد للنشر' }).click()
  const name = dialog.getByRole('textbox', { name: 'الاسم' })
  await expect(name).toBeFocused()
  await name.fill('الموقع الثابت')
  const folder = dialog.getByRole('textbox', { name: 'المجلد' })
  await expect(folder).toHaveAttribute('dir', 'ltr')
  await folder.fill(site)
  const form = dialog.getByRole('form')
  await form.getByRole('button', { name: 'اختبار الاتصال' }).click()
  const status = dialog.getByRole('status')
  await expect(status).toContainText('«الموقع الثابت»: الاتصال يعمل.')
  await expect(status).toContainText(site)
  await dialog.getByRole('button', { name: 'حفظ الهدف' }).click()
  await expect(status).toHaveText('حُفظ هدف النشر «الموقع الثابت».')
  await expect(dialog.getByRole('button', { name: 'إضافة مجلد للنشر' })).toBeFocused()
  const items = dialog.getByRole('list', { name: 'أهداف النشر المضبوطة' }).getByRole('listitem')
  await expect(items).toHaveCount(1)
  await expect(items.first()).toContainText('الموقع الثابت')
  await expect(items.first()).toContainText('مجلد')
  await expect(items.first()).toContainText(site)

  // A WordPress target on a port where nothing listens: the test fails and says so.
  await dialog.getByRole('button', { name: 'إضافة موقع ووردبريس' }).click()
  await expect(name).toBeFocused()
  await name.fill('موقع الأخبار')
  await dialog.getByRole('textbox', { name: 'عنوان الموقع' }).fill(`http://127.0.0.1:${port}`)
  await dialog.getByRole('textbox', { name: 'اسم المستخدم' }).fill('editor')
  const password = dialog.getByLabel('كلمة مرور التطبيق')
  await expect(password).toHaveAttribute('type', 'password')
  await expect(password).toHaveAttribute('autocomplete', 'off')
  await password.fill('abcd EFGH ijkl MNOP qrst UVWX')
  expect(await unnamedControls(page)).toEqual([])
  const axe = await new AxeBuilder({ page }).include('dialog').analyze()
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(serious).toEqual([])
  await form.getByRole('button', { name: 'اختبار الاتصال' }).click()
  await expect(status).toContainText('«موقع الأخبار»: تعذّر الاتصال.', { timeout: 30_000 })
  await dialog.getByRole('button', { name: 'حفظ الهدف' }).click()
  await expect(status).toHaveText('حُفظ هدف النشر «موقع الأخبار».')
  await expect(items).toHaveCount(2)
  const wordpress = items.filter({ hasText: 'موقع الأخبار' })
  await expect(wordpress).toContainText('ووردبريس')
  await expect(wordpress).toContainText(`http://127.0.0.1:${port}/`)
  await expect(wordpress).toContainText('المستخدم: editor')
  const listed = await midad.value('targets.list', {})
  expect(listed.passwordStorage).toBe('file')
  expect(listed.targets).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'folder', name: 'الموقع الثابت', dir: site }),
      expect.objectContaining({
        kind: 'wordpress',
        name: 'موقع الأخبار',
        url: `http://127.0.0.1:${port}/`,
        user: 'editor',
      }),
    ]),
  )
  expect(JSON.stringify(listed)).not.toContain('abcd')

  // Editing: the password field starts empty, and left empty keeps the saved password.
  await wordpress.getByRole('button', { name: 'تعديل' }).click()
  await expect(dialog.getByRole('heading', { name: 'تعديل «موقع الأخبار»' })).toBeVisible()
  await expect(password).toHaveValue('')
  await expect(dialog.getByText('اتركها فارغة لتبقى كلمة المرور المحفوظة.')).toBeVisible()
  await dialog.getByRole('textbox', { name: 'اسم المستخدم' }).fill('chief')
  await dialog.getByRole('button', { name: 'حفظ الهدف' }).click()
  await expect(status).toHaveText('حُفظ هدف النشر «موقع الأخبار».')
  await expect(wordpress).toContainText('المستخدم: chief')
  await expect(wordpress.getByRole('button', { name: 'تعديل' })).toBeFocused()

  // Testing a saved target uses its saved password: it reaches the (absent) server, no more.
  await wordpress.getByRole('button', { name: 'اختبار الاتصال' }).click()
  await expect(status).toContainText('«موقع الأخبار»: تعذّر الاتصال.', { timeout: 30_000 })

  const fixed = items.filter({ hasText: 'الموقع الثابت' })
  await fixed.getByRole('button', { name: 'تعديل' }).click()
  await name.fill('الأرشيف')
  await dialog.getByRole('button', { name: 'حفظ الهدف' }).click()
  await expect(items.filter({ hasText: 'الأرشيف' })).toHaveCount(1)
  expect((await midad.value('targets.list', {})).targets.map((t) => t.name).sort()).toEqual(
    ['الأرشيف', 'موقع الأخبار'].sort(),
  )

  // Removing asks first; "Keep it" (focused) keeps it, the second Remove removes it.
  await wordpress.getByRole('button', { name: 'إزالة' }).click()
  const confirm = wordpress.getByRole('group')
  await expect(confirm).toContainText('إزالة هدف النشر «موقع الأخبار»؟')
  await expect(confirm.getByRole('button', { name: 'إبقاؤه' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(confirm).toBeHidden()
  await expect(items).toHaveCount(2)
  await wordpress.getByRole('button', { name: 'إزالة' }).click()
  await confirm.getByRole('button', { name: 'إزالة' }).click()
  await expect(status).toHaveText('أُزيل هدف النشر «موقع الأخبار».')
  await expect(items).toHaveCount(1)
  expect((await midad.value('targets.list', {})).targets).toEqual([
    expect.objectContaining({ kind: 'folder', name: 'الأرشيف', dir: site }),
  ])

  await dialog.getByRole('button', { name: 'إغلاق' }).click()
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
})

test('an invalid site address or a taken name is shown next to its field and nothing is saved', async ({
  page,
  midad,
  tempFolder,
}) => {
  const dir = join(tempFolder(), 'site')
  await midad.value('targets.add', { kind: 'folder', name: 'الموقع', dir })
  const before = await midad.value('targets.list', {})
  await page.goto(midad.url)
  const dialog = await openTargets(page)

  await dialog.getByRole('button', { name: 'إضافة موقع ووردبريس' }).click()
  await dialog.getByRole('textbox', { name: 'الاسم' }).fill('ووردبريس التجريبي')
  const url = dialog.getByRole('textbox', { name: 'عنوان الموقع' })
  await url.fill('ftp://example.com/')
  await dialog.getByRole('textbox', { name: 'اسم المستخدم' }).fill('editor')
  await dialog.getByLabel('كلمة مرور التطبيق').fill('abcd efgh ijkl mnop')
  const urlError = 'اكتب عنوانًا كاملًا يبدأ بـ http أو https، مثل ‎https://example.com/'

  // Test connection checks the form first: no request is made with a bad address.
  await dialog.getByRole('form').getByRole('button', { name: 'اختبار الاتصال' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(urlError)
  await expect(url).toHaveAttribute('aria-invalid', 'true')
  await expect(url).toBeFocused()
  await expect(dialog.getByRole('status')).toHaveText('')

  await dialog.getByRole('button', { name: 'حفظ الهدف' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(urlError)
  await expect(url).toHaveAccessibleDescription(new RegExp(urlError.slice(0, 20)))
  expect(await midad.value('targets.list', {})).toEqual(before)
  // Typing again clears the error.
  await url.fill('https://example.com')
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'إلغاء' }).click()

  // The backend refuses a name already used; the form says so next to the name.
  await dialog.getByRole('button', { name: 'إضافة مجلد للنشر' }).click()
  const name = dialog.getByRole('textbox', { name: 'الاسم' })
  await name.fill('الموقع')
  await dialog.getByRole('textbox', { name: 'المجلد' }).fill(join(tempFolder(), 'other'))
  await dialog.getByRole('button', { name: 'حفظ الهدف' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('هذا الاسم لهدف آخر.')
  await expect(name).toBeFocused()
  expect(await midad.value('targets.list', {})).toEqual(before)

  // A folder given as a relative path is refused by the backend, next to the folder.
  await name.fill('أرشيف آخر')
  await dialog.getByRole('textbox', { name: 'المجلد' }).fill('site/out')
  await dialog.getByRole('button', { name: 'حفظ الهدف' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    'اكتب المسار الكامل لمجلد، مثل ‎/home/you/site.',
  )
  expect(await midad.value('targets.list', {})).toEqual(before)
})

test('in English the screen is named Targets, and a read-only window can only look and test', async ({
  page,
  midad,
  tempFolder,
}) => {
  await midad.value('targets.add', {
    kind: 'folder',
    name: 'Archive',
    dir: join(tempFolder(), 'a'),
  })
  await midad.value('settings.update', { language: 'en' })
  const second = await startMidad({ dataDir: midad.dataDir })
  try {
    await page.goto(second.url)
    await page.getByRole('button', { name: 'Targets' }).click()
    const dialog = page.getByRole('dialog', { name: 'Targets' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('note')).toContainText(
      'Application Passwords are kept unencrypted, in a file only your user account can read',
    )
    await expect(
      dialog.getByText('Read-only: targets cannot be changed in this window.'),
    ).toBeVisible()
    const item = dialog.getByRole('list', { name: 'Configured targets' }).getByRole('listitem')
    await expect(item).toContainText('Archive')
    await expect(item).toContainText('Folder')
    await expect(item.getByRole('button', { name: 'Edit' })).toBeDisabled()
    await expect(item.getByRole('button', { name: 'Remove' })).toBeDisabled()
    await expect(dialog.getByRole('button', { name: 'Add folder target' })).toBeDisabled()
    await expect(dialog.getByRole('button', { name: 'Add WordPress target' })).toBeDisabled()
    await item.getByRole('button', { name: 'Test connection' }).click()
    await expect(dialog.getByRole('status')).toContainText('“Archive”: the connection works.')
    expect(await unnamedControls(page)).toEqual([])
  } finally {
    await second.stop()
  }
})
