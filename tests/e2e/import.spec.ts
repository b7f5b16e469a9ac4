import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectSaved, test, unnamedControls } from './fixtures'

const TITLE = 'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار'
const scraped = readFileSync(new URL('../fixtures/scraped/gold-prices.html', import.meta.url))

const body = (page: Page) => page.getByRole('textbox', { name: 'نص المقال' })
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'العنوان', exact: true })

/** Drops files on `selector` as a file manager does: dragenter, dragover, then drop. */
async function dropFiles(
  page: Page,
  selector: string,
  files: { name: string; type: string; text: string }[],
  stages: ('dragenter' | 'dragover' | 'drop')[] = ['dragenter', 'dragover', 'drop'],
) {
  await page.evaluate(
    ({ selector, files, stages }) => {
      const data = new DataTransfer()
      for (const file of files)
        data.items.add(new File([file.text], file.name, { type: file.type }))
      const target = document.querySelector(selector)
      if (!target) throw new Error(`no ${selector}`)
      for (const type of stages)
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        )
    },
    { selector, files, stages },
  )
}

test('Import… a scraped page: it opens as a draft, the notice lists what was removed, Restore puts a line back', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'استيراد…' }).click()
  await (await chooser).setFiles({
    name: 'gold-prices.html',
    mimeType: 'text/html',
    buffer: scraped,
  })

  await expect(titleBox(page)).toHaveValue(TITLE)
  await expect(body(page)).toContainText('القاهرة – ارتفعت أسعار الذهب')
  await expect(body(page)).not.toContainText('اترك تعليقاً')
  const list = page.getByRole('list', { name: 'المقالات' })
  await expect(list.getByRole('button', { name: new RegExp(TITLE) })).toHaveAttribute(
    'aria-current',
    'true',
  )

  const notice = page.getByRole('region', { name: 'ما حُذف من الملف المستورد' })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText(/الكتل المحذوفة من زوائد الموقع: (13|١٣)/)
  await expect(notice.getByRole('listitem').filter({ hasText: 'نموذج التعليقات' })).toContainText(
    'اترك تعليقاً',
  )
  await expect(
    notice.getByRole('listitem').filter({ hasText: 'أزرار المشاركة أو الطباعة' }),
  ).toContainText('فيسبوك')
  await expect(notice.getByRole('listitem').filter({ hasText: 'اقـرأ أيضـاً' })).toContainText(
    'مقالات ذات صلة',
  )
  expect(await unnamedControls(page)).toEqual([])

  // Restore the "اقرأ أيضاً" line: it goes back after the second paragraph, where it was.
  await notice.getByRole('button', { name: /^استعادة: اقـرأ أيضـاً: البنك المركزي/ }).click()
  await expect(notice.getByRole('listitem').filter({ hasText: 'اقـرأ أيضـاً' })).toHaveCount(0)
  await expect(notice.getByText(/^الكتل المحذوفة من زوائد الموقع: (12|١٢)$/)).toBeVisible()
  const paragraphs = body(page).locator(':scope > *')
  await expect(paragraphs.nth(2)).toHaveText(
    'اقـرأ أيضـاً: البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي',
  )
  await expect(paragraphs.nth(2).getByRole('link')).toHaveAttribute(
    'href',
    'https://example.com/economy/interest-rates',
  )
  await expectSaved(page)
  const [stored] = (await midad.value('articles.list', {})).filter((a) => a.title === TITLE)
  const saved = await midad.value('articles.get', { id: stored?.id ?? '' })
  expect(JSON.stringify(saved.body)).toContain('اقـرأ أيضـاً')

  await notice.getByRole('button', { name: 'إخفاء' }).click()
  await expect(notice).toHaveCount(0)
})

test('a Markdown file dropped on the window is imported; an overlay shows while dragging', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  await expect(body(page)).toBeVisible()
  const before = (await midad.value('articles.list', {})).length
  const markdown = {
    name: 'بيان.md',
    type: 'text/markdown',
    text: '# الحكومة تقر الموازنة العامة\n\nأقرت الحكومة اليوم مشروع الموازنة العامة للعام المقبل بعد نقاش استمر ثلاث ساعات.\n\n- التعليم\n- الصحة\n\nشارك\n\nاترك تعليقاً\n',
  }
  await dropFiles(page, '.app-header', [markdown], ['dragenter', 'dragover'])
  await expect(page.getByText('أفلت الملف لاستيراده')).toBeVisible()
  await dropFiles(page, '.app-header', [markdown], ['drop'])
  await expect(page.getByText('أفلت الملف لاستيراده')).toHaveCount(0)
  await expect(titleBox(page)).toHaveValue('الحكومة تقر الموازنة العامة')
  await expect(body(page).getByRole('listitem')).toHaveText(['التعليم', 'الصحة'])
  await expect(page.getByRole('region', { name: 'ما حُذف من الملف المستورد' })).toContainText(
    'اترك تعليقاً',
  )
  expect((await midad.value('articles.list', {})).length).toBe(before + 1)

  // A Markdown file dropped INTO the body is imported too, not handed to the image upload.
  await dropFiles(page, '.ProseMirror p', [{ ...markdown, name: 'ثان.md' }])
  await expect.poll(async () => (await midad.value('articles.list', {})).length).toBe(before + 2)

  // A file of another kind is refused with a message, and nothing is created.
  await dropFiles(page, '.app-header', [{ name: 'جدول.xlsx', type: '', text: 'PK' }])
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('لا يمكن استيراد جدول.xlsx')
  await alert.getByRole('button', { name: 'إخفاء' }).click()
  await expect(alert).toHaveCount(0)
  expect((await midad.value('articles.list', {})).length).toBe(before + 2)
})

test('a file the backend refuses shows why, in an alert that can be dismissed', async ({
  page,
  midad,
}) => {
  await page.goto(midad.url)
  const before = (await midad.value('articles.list', {})).length
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'استيراد…' }).click()
  await (await chooser).setFiles({
    name: 'latin1.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x41, 0xe9, 0xe8, 0x0a]),
  })
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('تعذّر استيراد latin1.txt: latin1.txt is not UTF-8 text.')
  await alert.getByRole('button', { name: 'إخفاء' }).click()
  await expect(alert).toHaveCount(0)
  expect((await midad.value('articles.list', {})).length).toBe(before)
})
