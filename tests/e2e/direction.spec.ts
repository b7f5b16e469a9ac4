import { countWords } from '../../shared/arabic/word-count'
import { docToPlainText } from '../../shared/doc/doc-text'
import { expect, numberIn, openArticle, test } from './fixtures'

test('an English quote in an Arabic article reads left to right; lists and quotes sit right in RTL', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await openArticle(page, /العربية أولًا/)
  const body = page.getByRole('textbox', { name: 'نص المقال' })
  const quote = body.locator('blockquote p').filter({ hasText: 'Arabic-first tools' })
  await expect(quote).toBeVisible()
  expect(await quote.evaluate((el) => el.matches(':dir(ltr)'))).toBe(true)
  const arabic = body.locator('p').first()
  expect(await arabic.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true)
  // In RTL the paragraph starts at the right edge of the column; the English quote at the left.
  const [arabicBox, quoteBox, bodyBox] = await Promise.all([
    arabic.boundingBox(),
    quote.boundingBox(),
    body.boundingBox(),
  ])
  expect(
    arabicBox && bodyBox && Math.abs(arabicBox.x + arabicBox.width - (bodyBox.x + bodyBox.width)),
  ).toBeLessThan(2)
  expect(quoteBox && bodyBox && quoteBox.x - bodyBox.x).toBeLessThan(40)

  // The word count agrees with the shared Arabic counter applied to the stored article.
  const stored = await midad.value('articles.get', { id: 'sample-arabic-tech' })
  await expect
    .poll(async () => numberIn(await page.getByLabel('عدد الكلمات').textContent()))
    .toBe(countWords(docToPlainText(stored.body)))

  if (process.env.MIDAD_SCREENSHOT) {
    await quote.scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'docs/screenshot.png' })
  }
})

test('bullet lists in an Arabic article put their markers on the right', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await openArticle(page, /النخيل يتوّج/)
  const list = page.getByRole('textbox', { name: 'نص المقال' }).locator('ul').first()
  await expect(list).toBeVisible()
  const padding = await list.evaluate((el) => {
    const style = getComputedStyle(el)
    return {
      right: Number.parseFloat(style.paddingRight),
      left: Number.parseFloat(style.paddingLeft),
    }
  })
  expect(padding.right).toBeGreaterThan(padding.left)
})
