import type { Page } from '@playwright/test'
import { expect, expectSaved, test } from './fixtures'

/**
 * The end-to-end path through the editorial tools together, in English: paste a scraped
 * article, see what the clean-up removed, put one line back, fix all the tatweel the Style check
 * finds, and take the fixes back with one Undo.
 */
const TITLE = 'Gold prices rise in the local markets'
const STORY_1 = 'ارتفعت أسعار الذهـب في الأسواق المحلية صباح اليوم مع تراجع الدولار.'
const STORY_2 = 'وقال تجار في سوق الصاغة إن الطلـب على المشغولات عاد إلى الارتفاع.'
const RELATED = 'اقرأ أيضاً: البنك المركزي يثبت أسعار الفائدة'
const SCRAPED = `<meta charset="utf-8">
<p>${STORY_1}</p>
<p><a href="https://example.com/economy/rates">${RELATED}</a></p>
<p>${STORY_2}</p>
<div class="share">مشاركة: فيسبوك تويتر واتساب طباعة</div>
<h3>اترك تعليقاً</h3>
<p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p>`

const body = (page: Page) => page.getByRole('textbox', { name: 'Body' })
const paragraphs = (page: Page) => body(page).locator(':scope > p')

async function paste(page: Page, html: string): Promise<void> {
  await page.evaluate((html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', html.replace(/<[^>]*>/g, ''))
    document
      .querySelector('.ProseMirror')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
  }, html)
}

test('paste a scraped article, restore one removed line, fix all tatweel, and undo the fixes', async ({
  page,
  midad,
}) => {
  await midad.value('settings.update', { language: 'en' })
  const article = await midad.value('articles.create', { title: TITLE })
  await page.goto(midad.url)
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: TITLE }).click()
  await body(page).click()
  await paste(page, SCRAPED)

  // The boilerplate is gone from the text and listed in the notice; the story stays.
  const notice = page.getByRole('region', { name: /removed/i })
  await expect(notice).toBeVisible()
  await expect(paragraphs(page)).toHaveText([STORY_1, STORY_2])
  await expect(notice.getByRole('listitem')).toHaveCount(4)

  // One click puts the related-article line back where it was.
  await notice.getByRole('button', { name: new RegExp(`^Restore: ${RELATED}`) }).click()
  await expect(paragraphs(page)).toHaveText([STORY_1, RELATED, STORY_2])
  await expect(notice.getByRole('listitem')).toHaveCount(3)

  // The Style check finds the two stretched words; Fix all mends both at once.
  await page.getByRole('button', { name: 'Style check', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Style check' })
  const tatweel = panel.getByRole('region', { name: /^Tatweel \(2\)$/ })
  await expect(tatweel).toBeVisible()
  await tatweel.getByRole('button', { name: 'Fix all' }).click()
  const fixed = [STORY_1.replace('ـ', ''), RELATED, STORY_2.replace('ـ', '')]
  await expect(paragraphs(page)).toHaveText(fixed)
  await expect(panel.getByRole('region', { name: /^Tatweel/ })).toHaveCount(0)
  await expectSaved(page)
  const saved = await midad.value('articles.get', { id: article.id })
  expect(JSON.stringify(saved.body)).not.toContain('ـ')
  expect(JSON.stringify(saved.body)).toContain('البنك المركزي')

  // One Undo takes both fixes back (and only them: the restored line stays).
  await body(page).focus()
  await page.keyboard.press('Control+z')
  await expect(paragraphs(page)).toHaveText([STORY_1, RELATED, STORY_2])
  await expect(panel.getByRole('region', { name: /^Tatweel \(2\)$/ })).toBeVisible()
})
