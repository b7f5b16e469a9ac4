import { expect, test } from './fixtures'

test('search ignores diacritics, tatweel and alef/hamza variants', async ({ page, midad }) => {
  await midad.value('articles.create', { title: 'العـــراق يستضيف القمة' })
  await midad.value('articles.create', { title: 'الْعِرَاقُ وَالْمَاءُ' })
  await midad.value('articles.create', { title: 'إعلان أسماء الفائزين' })
  await page.goto(midad.url)
  const list = page.getByRole('list', { name: 'المقالات' })
  const search = page.getByRole('searchbox', { name: 'البحث في المقالات' })

  await search.fill('العراق')
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await expect(list).toContainText('العـــراق يستضيف القمة')
  await expect(list).toContainText('الْعِرَاقُ وَالْمَاءُ')
  await expect(list).toContainText('العراق وسوريا')

  await search.fill('اعلان اسماء')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list).toContainText('إعلان أسماء الفائزين')

  await search.fill('كلمة غير موجودة')
  await expect(list.getByRole('listitem')).toHaveCount(0)
  await expect(page.getByText('لا توجد مقالات مطابقة.')).toBeVisible()
})

test('a long archive shows 200 articles at a time, and search reaches all of them', async ({
  page,
  midad,
}) => {
  for (let i = 1; i <= 240; i++) await midad.value('articles.create', { title: `خبر رقم ${i}` })
  await page.goto(midad.url)
  const list = page.getByRole('list', { name: 'المقالات' })
  await expect(list.getByRole('listitem')).toHaveCount(200)
  // 240 new + 5 samples: 45 more, and the oldest (a sample) is among them.
  await page.getByRole('button', { name: /عرض ٤٥ أخرى|عرض 45 أخرى/ }).click()
  await expect(list.getByRole('listitem')).toHaveCount(245)
  await expect(list).toContainText('معرض الزيتونة')

  // Searching finds an article beyond the first 200 at once.
  await page.getByRole('searchbox', { name: 'البحث في المقالات' }).fill('خبر رقم ١')
  await expect(list.getByRole('button', { name: /^خبر رقم 1 / })).toBeVisible()
})
