import {
  card,
  currentRow,
  expectCounts,
  expectCurrent,
  openModeration,
  queueList,
  readers,
  seedComments,
} from './comments-fixtures'
import { expect, test } from './fixtures'

test('a queue is moderated with the keyboard alone: j/k, a, s, d, then u undoes', async ({
  page,
  midad,
}) => {
  await seedComments(midad, readers(6))
  await openModeration(page, midad)
  await expectCounts(page, { Pending: 6, Approved: 0, Spam: 0, Trash: 0 })
  const rows = queueList(page).getByRole('listitem')
  await expect(rows).toHaveCount(6)
  await expect(rows.first()).toHaveAttribute('aria-setsize', '6')
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1')

  // The panel opens on the first comment, focused, so the keys work at once.
  await expectCurrent(page, 'Reader 1')
  await page.keyboard.press('j')
  await expectCurrent(page, 'Reader 2')
  await page.keyboard.press('j')
  await expectCurrent(page, 'Reader 3')
  await page.keyboard.press('k')
  await expectCurrent(page, 'Reader 2')
  await page.keyboard.press('k')
  await page.keyboard.press('k') // stays on the first
  await expectCurrent(page, 'Reader 1')

  // a approves; the next comment takes its place and the focus.
  await page.keyboard.press('a')
  await expect(page.getByRole('status').filter({ hasText: '1 comment approved.' })).toBeVisible()
  await expectCounts(page, { Pending: 5, Approved: 1 })
  await expectCurrent(page, 'Reader 2')

  await page.keyboard.press('s')
  await expectCounts(page, { Pending: 4, Approved: 1, Spam: 1 })
  await expectCurrent(page, 'Reader 3')

  await page.keyboard.press('d')
  await expectCounts(page, { Pending: 3, Spam: 1, Trash: 1 })
  await expectCurrent(page, 'Reader 4')

  // u undoes the latest action (the trash): Reader 3 is back in Pending and current again.
  await page.keyboard.press('u')
  await expect(page.getByRole('status').filter({ hasText: 'Undone.' })).toBeVisible()
  await expectCounts(page, { Pending: 4, Approved: 1, Spam: 1, Trash: 0 })
  await expectCurrent(page, 'Reader 3')
  // And again: the spam.
  await page.keyboard.press('u')
  await expectCounts(page, { Pending: 5, Spam: 0 })
  await expectCurrent(page, 'Reader 2')
  expect(
    (await midad.value('comments.list', { status: 'pending' })).items.map((c) => c.author.name),
  ).toEqual(['Reader 2', 'Reader 3', 'Reader 4', 'Reader 5', 'Reader 6'])

  // The header button's Pending count follows (its description; the name stays "Comments").
  await expect(
    page.getByRole('button', { name: 'Comments', exact: true }),
  ).toHaveAccessibleDescription('5 waiting in Pending')
})

test('a bulk action applies to every selected comment and is undone in one step', async ({
  page,
  midad,
}) => {
  await seedComments(midad, readers(7))
  await openModeration(page, midad)
  await expectCurrent(page, 'Reader 1')

  // x selects the current comment; the checkboxes select others.
  await page.keyboard.press('x')
  await expect(page.getByRole('checkbox', { name: 'Select comment by Reader 1' })).toBeChecked()
  await page.getByRole('checkbox', { name: 'Select comment by Reader 3' }).check()
  await page.getByRole('checkbox', { name: 'Select comment by Reader 4' }).check()
  const bulk = page.getByRole('group', { name: 'Bulk actions' })
  await expect(bulk).toContainText('3 comments selected')

  // With a selection, a approves all of it.
  await page.keyboard.press('a')
  await expect(page.getByRole('status').filter({ hasText: '3 comments approved.' })).toBeVisible()
  await expectCounts(page, { Pending: 4, Approved: 3 })
  await expect(bulk).toBeHidden()
  await expect(queueList(page).getByRole('listitem')).toHaveCount(4)

  // Undo brings all three back at once.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expectCounts(page, { Pending: 7, Approved: 0 })

  // "Select all shown", then the bulk bar's own button.
  await page.getByRole('button', { name: 'Select all shown' }).click()
  await expect(bulk).toContainText('7 comments selected')
  await bulk.getByRole('button', { name: 'Move to trash' }).click()
  await expectCounts(page, { Pending: 0, Trash: 7 })
  await expect(page.getByText('No comments here.')).toBeVisible()
  await page.keyboard.press('u')
  await expectCounts(page, { Pending: 7, Trash: 0 })
  await expect(currentRow(page)).toBeVisible()
})

test('1–4 switch queues, ? lists the shortcuts, and keys do nothing while typing', async ({
  page,
  midad,
}) => {
  await seedComments(midad, [
    ...readers(2),
    { author: { name: 'Approved reader' }, body: 'ok', status: 'approved' },
    { author: { name: 'Spammer' }, body: 'buy now', status: 'spam' },
    { author: { name: 'Trashed reader' }, body: 'old', status: 'trash' },
  ])
  await openModeration(page, midad)
  await expectCurrent(page, 'Reader 1')

  const queues: [string, string, string][] = [
    ['2', 'Approved', 'Approved reader'],
    ['3', 'Spam', 'Spammer'],
    ['4', 'Trash', 'Trashed reader'],
    ['1', 'Pending', 'Reader 1'],
  ]
  for (const [key, queue, author] of queues) {
    await page.keyboard.press(key)
    await expect(page.getByRole('tab', { name: queue, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await expect(queueList(page, queue)).toBeVisible()
    await expectCurrent(page, author)
  }

  // Arrow keys move between the tabs too.
  await page.getByRole('tab', { name: 'Pending' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: 'Approved' })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Approved' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('1')
  await expectCurrent(page, 'Reader 1')

  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help).toContainText('Next comment')
  await expect(help).toContainText('Approve')
  // Keys are for the dialog now, not the queue.
  await page.keyboard.press('j')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expectCurrent(page, 'Reader 1')

  // Typing in the search box types; it does not moderate.
  const search = page.getByRole('searchbox', { name: 'Search comments' })
  await search.fill('')
  await search.pressSequentially('asd')
  await expect(search).toHaveValue('asd')
  await expectCounts(page, { Pending: 0, Approved: 0 })
  await search.fill('')
  await expectCounts(page, { Pending: 2, Approved: 1, Spam: 1, Trash: 1 })
})

test('reply and edit from the card; the edit keeps the old text in the history', async ({
  page,
  midad,
}) => {
  await midad.value('settings.update', { displayName: 'Salma' })
  await seedComments(midad, [
    { author: { name: 'Huda' }, body: 'متى يفتح الجسر؟', status: 'pending' },
    { author: { name: 'Omar' }, body: 'شكرًا على التقرير', status: 'pending' },
  ])
  await openModeration(page, midad)
  await expectCurrent(page, 'Huda')

  // r opens the reply form; Escape cancels and the focus returns to the comment.
  await page.keyboard.press('r')
  const reply = card(page).getByRole('textbox', { name: 'Reply' })
  await expect(reply).toBeFocused()
  await page.keyboard.type('later')
  await page.keyboard.press('Escape')
  await expect(reply).toBeHidden()
  await expectCurrent(page, 'Huda')

  // Ctrl+Enter sends it; the reply is stored approved, as the newsroom.
  await page.keyboard.press('r')
  await expect(reply).toBeFocused()
  await expect(reply).toHaveValue('')
  await page.keyboard.type('يفتح الجسر يوم الأحد.')
  await page.keyboard.press('Control+Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Reply sent.' })).toBeVisible()
  await expect(reply).toBeHidden()
  await expectCounts(page, { Pending: 2, Approved: 1 })
  await expectCurrent(page, 'Huda')
  const [stored] = (await midad.value('comments.list', { status: 'approved' })).items
  expect(stored?.body).toBe('يفتح الجسر يوم الأحد.')
  expect(stored?.reply?.by).toBe('Salma')
  expect(stored?.parentId).toBeTruthy()

  // Edit: the text box holds the comment; Save keeps the old text in the history.
  await card(page).getByRole('button', { name: 'Edit' }).click()
  const editor = card(page).getByRole('textbox', { name: 'Comment text' })
  await expect(editor).toHaveValue('متى يفتح الجسر؟')
  await editor.fill('متى يُفتح الجسر الجديد؟')
  await card(page).getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Comment text saved' })).toBeVisible()
  await expect(card(page).locator('.comment-body')).toHaveText('متى يُفتح الجسر الجديد؟')
  const history = card(page).getByRole('region', { name: 'Moderation history' })
  await expect(history).toContainText('Edited')
  await expect(history).toContainText('Text before the edit:')
  await expect(history).toContainText('متى يفتح الجسر؟')
  // Undo the edit: the old text is back.
  await page.keyboard.press('u')
  await expect(card(page).locator('.comment-body')).toHaveText('متى يفتح الجسر؟')
})

test('delete permanently asks first, is offered only in Spam and Trash, and can be undone', async ({
  page,
  midad,
}) => {
  await seedComments(midad, [
    { author: { name: 'Reader' }, body: 'fine', status: 'pending' },
    { author: { name: 'Spammer A' }, body: 'cheap pills', status: 'spam' },
    { author: { name: 'Spammer B' }, body: 'casino', status: 'spam' },
  ])
  await openModeration(page, midad)
  await expect(card(page).getByRole('button', { name: 'Approve' })).toBeVisible()
  await expect(card(page).getByRole('button', { name: 'Delete permanently' })).toHaveCount(0)

  await page.keyboard.press('3')
  await expectCurrent(page, 'Spammer A')
  await card(page).getByRole('button', { name: 'Delete permanently' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete permanently?' })
  await expect(confirm).toBeVisible()
  await expect(confirm).toContainText('1 comment will be deleted for good')
  // Cancel has the focus: a stray Enter keeps the comment.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(confirm).toBeHidden()
  await expectCounts(page, { Spam: 2 })

  await card(page).getByRole('button', { name: 'Delete permanently' }).click()
  await confirm.getByRole('button', { name: 'Delete permanently' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: '1 comment deleted permanently.' }),
  ).toBeVisible()
  await expectCounts(page, { Spam: 1 })
  await expectCurrent(page, 'Spammer B')
  expect(
    (await midad.value('comments.list', { status: 'spam' })).items.map((c) => c.author.name),
  ).toEqual(['Spammer B'])

  await page.keyboard.press('u')
  await expectCounts(page, { Spam: 2 })
  await expectCurrent(page, 'Spammer A')
})
