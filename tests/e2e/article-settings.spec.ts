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
  await panel.getByRole('textbox', { name: 'الوسوم' }).fill('مياه، اقتصاد, مياه ,, طاقة')
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
  await expect(panel.getByRole('textbox', { name: 'الوسوم' })).toHaveValue('مياه، اقتصاد، طاقة')
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
