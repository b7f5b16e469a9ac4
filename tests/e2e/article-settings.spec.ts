import AxeBuilder from '@axe-core/playwright'
import { expect, expectSaved, openArticle, pngBytes, test, unnamedControls } from './fixtures'

test('article settings: byline, tags, slug, excerpt, category and a featured image are saved and survive a reload', async ({
  page,
  midad,
}) => {
  const created = await midad.value('articles.create', { title: 'مشروع المياه الجديد' })
  await page.goto(midad.url)
  await openArticle(page, /مشروع المياه الجديد/)

  await page.getByRole('button', { name: 'إعدادات المقال' }).click()
  const panel = page.getByRole('complementary', { name: 'إعدادات المقال' })
  await panel.getByRole('textbox', { name: 'الملخص' }).fill('ملخص قصير للمشروع')
  await panel.getByRole('textbox', { name: 'المعرّف في الرابط (slug)' }).fill('water-project')
  await panel.getByRole('textbox', { name: 'اسم الكاتب' }).fill('سارة أحمد')
  // Arabic and Latin commas both separate tags; blanks and repeats are dropped.
  await panel.getByRole('combobox', { name: 'الوسوم' }).fill('مياه، اقتصاد, مياه ,, طاقة')
  await expect(panel.getByRole('list', { name: 'وسوم المقال' }).getByRole('listitem')).toHaveText([
    'مياه',
    'اقتصاد',
    'طاقة',
  ])
  await panel.getByRole('textbox', { name: 'القسم' }).fill('محليات')

  await expect(panel.getByText('لا توجد صورة رئيسية.')).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await panel.getByRole('button', { name: 'اختيار صورة رئيسية' }).click()
  await (await chooser).setFiles({
    name: 'dam.png',
    mimeType: 'image/png',
    buffer: pngBytes(30, 20, 9),
  })
  const alt = panel.getByRole('textbox', { name: 'النص البديل للصورة الرئيسية' })
  await expect(alt).toBeFocused()
  await panel.getByRole('button', { name: 'اعتماد هذه الصورة' }).click()
  await expect(panel.getByRole('alert')).toHaveText('صِف الصورة لمن لا يستطيع رؤيتها.')
  expect(await unnamedControls(page)).toEqual([])
  await alt.fill('سد على النهر')
  await panel.getByRole('button', { name: 'اعتماد هذه الصورة' }).click()
  const featured = panel.getByRole('img', { name: 'سد على النهر' })
  await expect(featured).toHaveAttribute('src', /^media\/[0-9a-f]{64}\.png$/)
  await expect.poll(() => featured.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(30)
  await expectSaved(page)

  const stored = await midad.value('articles.get', { id: created.id })
  expect(stored).toMatchObject({
    title: 'مشروع المياه الجديد',
    excerpt: 'ملخص قصير للمشروع',
    slug: 'water-project',
    byline: 'سارة أحمد',
    tags: ['مياه', 'اقتصاد', 'طاقة'],
    category: 'محليات',
    featuredImage: {
      src: expect.stringMatching(/^media\/[0-9a-f]{64}\.png$/),
      alt: 'سد على النهر',
    },
  })

  await page.reload()
  await openArticle(page, /مشروع المياه الجديد/)
  await page.getByRole('button', { name: 'إعدادات المقال' }).click()
  await expect(panel.getByRole('textbox', { name: 'الملخص' })).toHaveValue('ملخص قصير للمشروع')
  await expect(panel.getByRole('textbox', { name: 'المعرّف في الرابط (slug)' })).toHaveValue(
    'water-project',
  )
  await expect(panel.getByRole('textbox', { name: 'اسم الكاتب' })).toHaveValue('سارة أحمد')
  await expect(panel.getByRole('combobox', { name: 'الوسوم' })).toHaveValue('مياه، اقتصاد، طاقة')
  await expect(panel.getByRole('textbox', { name: 'القسم' })).toHaveValue('محليات')
  await expect(panel.getByRole('img', { name: 'سد على النهر' })).toBeVisible()

  // Removing the featured image is saved too.
  await panel.getByRole('button', { name: 'إزالة الصورة الرئيسية' }).click()
  await expect(panel.getByText('لا توجد صورة رئيسية.')).toBeVisible()
  await expectSaved(page)
  await expect
    .poll(async () => (await midad.value('articles.get', { id: created.id })).featuredImage)
    .toBeNull()
})

test('the settings and History panels share the side column, one at a time', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await page.getByRole('list', { name: 'المقالات' }).getByRole('button').first().click()
  const settingsButton = page.getByRole('button', { name: 'إعدادات المقال' })
  const historyButton = page.getByRole('button', { name: 'السجل' })
  await settingsButton.click()
  await expect(settingsButton).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('complementary', { name: 'إعدادات المقال' })).toBeVisible()
  await historyButton.click()
  await expect(page.getByRole('complementary', { name: 'إعدادات المقال' })).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'السجل' })).toBeVisible()
  await expect(settingsButton).toHaveAttribute('aria-expanded', 'false')
  await settingsButton.click()
  await page.getByRole('button', { name: 'إغلاق الإعدادات' }).click()
  await expect(page.getByRole('complementary', { name: 'إعدادات المقال' })).toBeHidden()
  await expect(page.getByRole('complementary', { name: 'السجل' })).toBeHidden()
})

/** A local wall-clock time as an ISO date with this machine's offset (the browser's zone too). */
function localIso(year: number, month: number, day: number, hour: number, minute: number) {
  const date = new Date(year, month - 1, day, hour, minute)
  const offset = -date.getTimezoneOffset()
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0')
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${zone}`
}

test('the scheduled date is saved in local time with its offset, survives a reload, and can be cleared', async ({
  page,
  midad,
}) => {
  const created = await midad.value('articles.create', { title: 'جدول مباريات الأسبوع' })
  await page.goto(midad.url)
  await openArticle(page, /جدول مباريات الأسبوع/)
  await page.getByRole('button', { name: 'إعدادات المقال' }).click()
  const panel = page.getByRole('complementary', { name: 'إعدادات المقال' })
  const date = panel.getByLabel('موعد النشر')
  await expect(date).toHaveAttribute('type', 'datetime-local')
  await expect(date).toHaveValue('')
  await date.fill('2030-05-04T09:30')
  await expectSaved(page)
  await expect
    .poll(async () => (await midad.value('articles.get', { id: created.id })).scheduledAt)
    .toBe(localIso(2030, 5, 4, 9, 30))

  await page.reload()
  await openArticle(page, /جدول مباريات الأسبوع/)
  await page.getByRole('button', { name: 'إعدادات المقال' }).click()
  await expect(date).toHaveValue('2030-05-04T09:30')

  // Clearing it stores null ("as soon as it is published"); focus stays on the field.
  await panel.getByRole('button', { name: 'مسح موعد النشر' }).click()
  await expect(date).toHaveValue('')
  await expect(date).toBeFocused()
  await expectSaved(page)
  await expect
    .poll(async () => (await midad.value('articles.get', { id: created.id })).scheduledAt)
    .toBeNull()
})

test('the tags field suggests tags of other articles, ignoring hamza and ta marbuta, by keyboard and by click', async ({
  page,
  midad,
}) => {
  const created = await midad.value('articles.create', { title: 'ندوة عن الصحافة' })
  await page.goto(midad.url)
  await openArticle(page, /ندوة عن الصحافة/)
  await page.getByRole('button', { name: 'إعدادات المقال' }).click()
  const panel = page.getByRole('complementary', { name: 'إعدادات المقال' })
  const tags = panel.getByRole('combobox', { name: 'الوسوم' })
  const suggestions = panel.getByRole('listbox', { name: 'وسوم مستخدمة' })
  await expect(tags).toHaveAttribute('aria-expanded', 'false')

  // "الاعلا" without its hamza finds the sample article's "الإعلام الرقمي".
  await tags.click()
  await page.keyboard.type('الاعلا')
  await expect(tags).toHaveAttribute('aria-expanded', 'true')
  await expect(suggestions.getByRole('option')).toHaveText(['الإعلام الرقمي'])
  await page.keyboard.press('ArrowDown')
  const option = suggestions.getByRole('option', { name: 'الإعلام الرقمي' })
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await expect(tags).toHaveAttribute(
    'aria-activedescendant',
    (await option.getAttribute('id')) ?? '',
  )
  expect(await unnamedControls(page)).toEqual([])
  await page.keyboard.press('Enter')
  await expect(tags).toHaveValue('الإعلام الرقمي، ')
  await expect(tags).toBeFocused()
  await expect(suggestions).toBeHidden()

  // "المياة" (with ta marbuta) finds "المياه"; a click picks it. Escape closes the list first.
  await page.keyboard.type('المياة')
  await expect(suggestions.getByRole('option')).toHaveText(['المياه'])
  await page.keyboard.press('Escape')
  await expect(suggestions).toBeHidden()
  await page.keyboard.press('ArrowDown')
  await expect(suggestions).toBeVisible()
  await suggestions.getByRole('option', { name: 'المياه' }).click()
  await expect(tags).toHaveValue('الإعلام الرقمي، المياه، ')
  await expect(panel.getByRole('list', { name: 'وسوم المقال' }).getByRole('listitem')).toHaveText([
    'الإعلام الرقمي',
    'المياه',
  ])
  // A tag the article has is not suggested again.
  await page.keyboard.type('الم')
  await expect(suggestions.getByRole('option', { name: 'المياه' })).toHaveCount(0)
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await expectSaved(page)
  await expect
    .poll(async () => (await midad.value('articles.get', { id: created.id })).tags)
    .toEqual(['الإعلام الرقمي', 'المياه'])

  const axe = await new AxeBuilder({ page }).include('#article-settings-panel').analyze()
  const serious = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(serious).toEqual([])
})

test('the article settings have their English accessible names', async ({ page, midad }) => {
  await midad.value('settings.update', { language: 'en' })
  await page.goto(midad.url)
  await page.getByRole('list', { name: 'Articles' }).getByRole('button').first().click()
  await page.getByRole('button', { name: 'Article settings' }).click()
  const panel = page.getByRole('complementary', { name: 'Article settings', exact: true })
  await expect(panel).toBeVisible()
  for (const name of ['Slug', 'Excerpt', 'Byline', 'Category']) {
    await expect(panel.getByRole('textbox', { name, exact: true })).toBeVisible()
  }
  await expect(panel.getByRole('combobox', { name: 'Tags', exact: true })).toBeVisible()
  await expect(panel.getByLabel('Scheduled date', { exact: true })).toBeVisible()
  expect(await unnamedControls(page)).toEqual([])
})
