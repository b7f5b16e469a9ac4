import type { Page } from '@playwright/test'
import type { MidadServer } from '../support/midad-server'
import { expect, expectSaved, openArticle, test, unnamedControls } from './fixtures'

const TITLE = 'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار'
const STORY_1 =
  'القاهرة – ارتفعت أسعار الذهب في الأسواق المحلية صباح اليوم الأحد، مدفوعة بتراجع الدولار أمام العملات الرئيسية، بحسب ما أفاد تجار في سوق الصاغة.'
const STORY_2 =
  'وسجل سعر غرام الذهب عيار 21 نحو 3150 جنيهاً، بزيادة 40 جنيهاً عن إغلاق تعاملات الأسبوع الماضي، فيما ارتفع عيار 24 إلى 3600 جنيه.'
const STORY_3 =
  'ويتوقع محللون أن تواصل الأسعار ارتفاعها خلال الأسابيع المقبلة إذا استمر تراجع العملة الأمريكية وبقيت التوترات الإقليمية على حالها.'

/** What a browser puts on the clipboard when a scraped post is copied: boilerplate and all. */
const SCRAPED = `<meta charset="utf-8">
<h1 class="entry-title">${TITLE}</h1>
<div class="share"><span>مشاركة</span> <a href="https://www.facebook.com/sharer.php?u=x">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url=x">تويتر</a> <a href="https://api.whatsapp.com/send?text=x">واتساب</a></div>
<p style="color: red; font-size: 30px" onclick="window.__pasteRan = 'onclick'">${STORY_1}</p>
<p>${STORY_2}</p>
<p><strong>اقرأ أيضاً: </strong><a href="https://example.com/economy/rates">البنك المركزي يثبت أسعار الفائدة للمرة الثالثة</a></p>
<p>${STORY_3}<img src="x:broken" onerror="window.__pasteRan = 'onerror'"></p>
<script>window.__pasteRan = 'script'</script>
<style>p { display: none }</style>
<h3>اترك تعليقاً</h3>
<p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p>
<p>زر الذهاب إلى الأعلى</p>`

const body = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' })

/** Pastes into the focused body as the browser does: a paste event carrying the clipboard. */
async function paste(page: Page, html: string, text: string) {
  await page.evaluate(
    ({ html, text }) => {
      const data = new DataTransfer()
      data.setData('text/html', html)
      data.setData('text/plain', text)
      const target = document.querySelector('.ProseMirror')
      target?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      )
    },
    { html, text },
  )
}

async function openEmptyArticle(page: Page, midad: MidadServer) {
  await midad.value('articles.create', { title: TITLE })
  await page.goto(midad.url)
  await openArticle(page, new RegExp(TITLE))
  await body(page).click()
}

test('pasting a scraped post removes the boilerplate, lists it, restores a line, and Ctrl+Z undoes the restore', async ({
  page,
  midad,
}) => {
  await openEmptyArticle(page, midad)
  await paste(page, SCRAPED, `${TITLE}\n${STORY_1}\n${STORY_2}`)

  const notice = page.getByRole('region', { name: 'ما حُذف من النص الملصق' })
  await expect(notice).toBeVisible()
  await expect(body(page).locator(':scope > p')).toHaveText([STORY_1, STORY_2, STORY_3])
  const item = (text: string) => notice.getByRole('listitem').filter({ hasText: text })
  await expect(item('اقرأ أيضاً')).toContainText('مقالات ذات صلة')
  await expect(item('اترك تعليقاً')).toContainText('نموذج التعليقات')
  await expect(item('لن يتم نشر')).toBeVisible()
  await expect(item('فيسبوك')).toContainText('أزرار المشاركة أو الطباعة')
  await expect(item(TITLE)).toContainText('العنوان مكرراً')
  await expect(item('زر الذهاب إلى الأعلى')).toBeVisible()
  expect(await unnamedControls(page)).toEqual([])

  // One click puts the "اقرأ أيضاً" line back between the paragraphs it was between.
  await notice.getByRole('button', { name: /^استعادة: اقرأ أيضاً: البنك المركزي/ }).click()
  const restored = 'اقرأ أيضاً: البنك المركزي يثبت أسعار الفائدة للمرة الثالثة'
  await expect(body(page).locator(':scope > p')).toHaveText([STORY_1, STORY_2, restored, STORY_3])
  await expect(body(page).getByRole('link', { name: /البنك المركزي/ })).toHaveAttribute(
    'href',
    'https://example.com/economy/rates',
  )
  await expect(item('اقرأ أيضاً')).toHaveCount(0)

  // Ctrl+Z takes it out again, and the notice lists it again; Ctrl+Y puts it back.
  await body(page).focus()
  await page.keyboard.press('Control+z')
  await expect(body(page).locator(':scope > p')).toHaveText([STORY_1, STORY_2, STORY_3])
  await expect(item('اقرأ أيضاً')).toBeVisible()
  await page.keyboard.press('Control+y')
  await expect(body(page).locator(':scope > p')).toHaveText([STORY_1, STORY_2, restored, STORY_3])
  await expect(item('اقرأ أيضاً')).toHaveCount(0)

  // Restore all puts everything else back, in order, and the notice goes.
  await notice.getByRole('button', { name: 'استعادة الكل' }).click()
  await expect(notice).toHaveCount(0)
  await expect(body(page)).toContainText('اترك تعليقاً')
  await expect(body(page).locator(':scope > *').first()).toContainText(TITLE)
  await expect(body(page).locator(':scope > *').last()).toHaveText('زر الذهاب إلى الأعلى')
  await expectSaved(page)
})

test('pasted scripts, event handlers and styles never run nor survive', async ({ page, midad }) => {
  await openEmptyArticle(page, midad)
  await paste(page, SCRAPED, STORY_1)
  await expect(page.getByRole('region', { name: 'ما حُذف من النص الملصق' })).toBeVisible()
  // A small paste (one inline fragment) with the same dangers is not cleaned, and still safe.
  await body(page).press('End')
  await paste(
    page,
    `<span style="color:red" onmouseover="window.__pasteRan='span'">كلمة</span><img src="x:y" onerror="window.__pasteRan='img'"><script>window.__pasteRan='s'</script>`,
    'كلمة',
  )
  await expect(body(page)).toContainText(`${STORY_3}كلمة`)
  await body(page).hover()
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as { __pasteRan?: string }).__pasteRan)).toBeUndefined()
  const html = await body(page).innerHTML()
  expect(html).not.toMatch(/<script|<style|onerror|onclick|onmouseover|color: ?red|font-size|<img/i)
  await expectSaved(page)
  const [summary] = (await midad.value('articles.list', {})).filter((a) => a.title === TITLE)
  const saved = await midad.value('articles.get', { id: summary?.id ?? '' })
  expect(JSON.stringify(saved.body)).not.toMatch(/script|onerror|onclick|style|color|x:broken/)
})

test('a paste without boilerplate is left as it is, with no notice', async ({ page, midad }) => {
  await openEmptyArticle(page, midad)
  await paste(page, `<p>${STORY_1}</p><p>${STORY_2}</p>`, `${STORY_1}\n${STORY_2}`)
  await expect(body(page).locator(':scope > p')).toHaveText([STORY_1, STORY_2])
  await expect(page.getByRole('region', { name: 'ما حُذف من النص الملصق' })).toHaveCount(0)

  // Plain text of several lines is judged too: the trailing share and comment lines go.
  await body(page).press('Control+End')
  await paste(page, '', `${STORY_3}\nشارك\nاترك تعليقاً`)
  const notice = page.getByRole('region', { name: 'ما حُذف من النص الملصق' })
  await expect(notice.getByRole('listitem')).toHaveCount(2)
  await expect(body(page)).not.toContainText('اترك تعليقاً')
  await expect(body(page)).toContainText(STORY_3)
})
