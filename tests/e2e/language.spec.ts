import { expect, numberIn, test } from './fixtures'

test('the UI defaults to Arabic, switches to English, and remembers it', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('en')

  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Body' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en')
  expect(numberIn(await page.getByLabel('Word count').textContent())).toBeGreaterThan(100)

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible()
  expect((await midad.value('settings.get', {})).language).toBe('en')

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toBeVisible()
})

test('every control has an accessible name', async ({ page, midad }) => {
  await page.goto(midad.url)
  await expect(page.getByRole('textbox', { name: 'نص المقال' })).toBeVisible()
  // Open the History panel too, so its list, selects and buttons are checked.
  await page.getByRole('button', { name: 'السجل' }).click()
  await expect(page.getByRole('button', { name: 'قارن' })).toBeVisible()
  const unnamed = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll('button, input, select, textarea, [contenteditable="true"]'),
    ]
    return controls
      .filter((el) => {
        const labelled =
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          el.getAttribute('title')
        return !labelled && !el.textContent?.trim() && !(el as HTMLInputElement).labels?.length
      })
      .map((el) => el.outerHTML.slice(0, 80))
  })
  expect(unnamed).toEqual([])
})
