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
