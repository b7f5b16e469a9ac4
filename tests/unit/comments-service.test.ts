import { describe, expect, it } from 'vitest'
import type { IncomingComment } from '../../electron/comments/incoming-comment'
import type { Comment } from '../../shared/comments/comment-schema'
import { importFile, setUpCommentsBackend } from './fixtures/comments-backend'
import { createTempDirs } from './fixtures/data-dir'

const tempDir = createTempDirs()

const RULES = {
  holdWords: ['غبي', 'حمار'],
  spamWords: ['كازينو', { word: 'crypto', match: 'substring' }],
  maxLinks: 1,
  holdFirstTime: false,
}

const incoming = (fields: Partial<IncomingComment> & { body: string }): IncomingComment => ({
  article: { id: 'sample-water' },
  author: { name: 'قارئ', email: 'reader@example.com', url: '' },
  createdAt: '2026-11-20T09:00:00.000Z',
  ...fields,
})

async function setUp() {
  const c = await setUpCommentsBackend(tempDir)
  await c.call('comments.rules.set', RULES)
  await c.call('settings.update', { displayName: 'منى المحررة', siteTitle: 'جريدة الغد' })
  return c
}

describe('comments coming in', () => {
  it('imports a file, sorting each comment by the rules and recording why', async () => {
    const { call } = await setUp()
    const result = await call('comments.import', {
      text: importFile([
        { id: 'imp-ok', body: 'شكرا على المقال' },
        { id: 'imp-hold', body: 'الكاتب غــبـي' },
        { id: 'imp-spam', body: 'أفضل كازينو في المنطقة' },
        { id: 'imp-links', body: 'https://a.example و https://b.example' },
        { id: 'imp-trash', body: 'قديم', status: 'trash' },
      ]),
    })
    expect(result).toEqual({
      added: 5,
      skipped: 0,
      counts: { pending: 2, approved: 1, spam: 1, trash: 1 },
    })
    const held = await call('comments.get', { id: 'imp-hold' })
    expect(held.status).toBe('pending')
    expect(held.match).toEqual({ rule: 'hold-words', word: 'غبي', text: 'غــبـي', field: 'body' })
    expect(held.history).toEqual([
      expect.objectContaining({
        action: 'received',
        to: 'pending',
        by: { kind: 'rule', match: held.match },
      }),
    ])
    const ok = await call('comments.get', { id: 'imp-ok' })
    expect(ok.history[0]?.by).toEqual({ kind: 'import' })
    expect((await call('comments.get', { id: 'imp-links' })).match).toEqual({
      rule: 'max-links',
      links: 2,
    })
    const audit = await call('comments.audit', { limit: 10 })
    expect(audit.find((e) => e.commentId === 'imp-spam')).toMatchObject({
      action: 'received',
      to: 'spam',
      by: 'rule',
      rule: 'spam-words',
      word: 'كازينو',
    })
    // The same file again adds nothing.
    const again = await call('comments.import', {
      text: importFile([{ id: 'imp-ok', body: 'شكرا على المقال' }]),
    })
    expect(again).toMatchObject({ added: 0, skipped: 1 })
  })

  it('resolves articles by id or slug, links replies, and dedupes WordPress comments', async () => {
    const { open, call } = await setUp()
    const source = (remoteId: number) =>
      ({
        kind: 'wordpress',
        targetId: 't-site',
        remoteId,
        remotePostId: 9,
        siteStatus: 'approved',
        siteBody: 'x',
        syncedAt: '2026-11-20T09:00:00.000Z',
      }) as const
    const { added, skipped } = await open.comments.receive(
      [
        incoming({ id: 'r-parent', body: 'أول', article: { slug: 'arabic-first-newsroom-tools' } }),
        // A reply before its parent in the batch, and one to an unknown parent.
        incoming({
          id: 'r-child',
          body: 'رد',
          parentId: 'r-parent',
          article: { id: 'nope', title: 'مقال بعيد' },
        }),
        incoming({ id: 'r-orphan', body: 'يتيم', parentId: 'missing' }),
        incoming({ body: 'من ووردبريس', source: source(41), status: 'approved' }),
        incoming({ body: 'نفسه مرة ثانية', source: source(41) }),
        incoming({ id: 'bad id!', body: 'معرف غير صالح' }),
      ],
      { kind: 'site', targetId: 't-site' },
    )
    expect(skipped).toBe(1)
    const byBody = new Map(added.map((c) => [c.body, c]))
    expect(byBody.get('أول')).toMatchObject({
      articleId: 'sample-arabic-tech',
      articleTitle: 'العربية أولًا: مطورون يعيدون التفكير في برمجيات غرف الأخبار',
    })
    expect(byBody.get('رد')).toMatchObject({
      parentId: 'r-parent',
      articleId: null,
      articleTitle: 'مقال بعيد',
    })
    expect(byBody.get('يتيم')?.parentId).toBeNull()
    expect(byBody.get('معرف غير صالح')?.id).toMatch(/^c-[A-Za-z0-9_-]+$/)
    const wordpress = byBody.get('من ووردبريس') as Comment
    expect(wordpress.history[0]?.by).toEqual({ kind: 'site', targetId: 't-site' })
    // Fetched again later: still skipped.
    const later = await open.comments.receive([incoming({ body: 'مكرر', source: source(41) })], {
      kind: 'site',
      targetId: 't-site',
    })
    expect(later).toEqual({ added: [], skipped: 1 })
    expect((await call('comments.counts', {})).approved).toBe(5)
  })

  it('holds first-time commenters until one of their comments is approved; the newsroom’s replies count for no one', async () => {
    const { open, call } = await setUp()
    await call('comments.rules.set', { ...RULES, holdFirstTime: true })
    const { added } = await open.comments.receive(
      [
        incoming({ body: 'أول مرة', author: { name: 'سامي', email: 'Sami@Example.com', url: '' } }),
        incoming({
          body: 'موافق عليه من قبل',
          status: 'approved',
          author: { name: 'ليلى', email: '', url: '' },
        }),
        incoming({ body: 'ثاني تعليق لليلى', author: { name: 'ليلى', email: '', url: '' } }),
      ],
      { kind: 'import' },
    )
    expect(added.map((c) => [c.body, c.status, c.match?.rule ?? null])).toEqual([
      ['أول مرة', 'pending', 'first-time'],
      ['موافق عليه من قبل', 'pending', 'first-time'],
      ['ثاني تعليق لليلى', 'pending', 'first-time'],
    ])
    const sami = added[0] as Comment
    await call('comments.moderate', { ids: [sami.id], action: 'approve' })
    // The newsroom replies (approved, under the site's name) and that counts for no reader.
    await call('comments.reply', { parentId: sami.id, body: 'شكرا لك' })
    const next = await open.comments.receive(
      [
        incoming({
          body: 'عاد سامي',
          author: { name: 'سامي', email: 'sami@example.com ', url: '' },
        }),
        incoming({ body: 'منتحل', author: { name: 'جريدة الغد', email: '', url: '' } }),
      ],
      { kind: 'import' },
    )
    expect(next.added.map((c) => c.status)).toEqual(['approved', 'pending'])
  })
})

describe('moderation actions', () => {
  async function imported() {
    const c = await setUp()
    await c.call('comments.import', {
      text: importFile([
        { id: 'm-1', body: 'تعليق أول', status: 'pending' },
        { id: 'm-2', body: 'تعليق ثان', status: 'pending' },
        { id: 'm-3', body: 'تعليق ثالث', status: 'approved' },
      ]),
    })
    return c
  }

  it('moves comments between queues, logs each step, and leaves out those already there', async () => {
    const { call } = await imported()
    const approved = await call('comments.moderate', { ids: ['m-1', 'm-3'], action: 'approve' })
    expect(approved.comments.map((c) => [c.id, c.status, c.version])).toEqual([
      ['m-1', 'approved', 2],
    ])
    const m1 = await call('comments.get', { id: 'm-1' })
    expect(m1.history.at(-1)).toMatchObject({
      action: 'approve',
      from: 'pending',
      to: 'approved',
      by: { kind: 'person', name: 'منى المحررة' },
    })
    for (const [action, status] of [
      ['unapprove', 'pending'],
      ['spam', 'spam'],
      ['trash', 'trash'],
      // Restore takes it back to where it was before Spam and Trash.
      ['restore', 'pending'],
    ] as const) {
      const result = await call('comments.moderate', { ids: ['m-1'], action })
      expect(result.comments[0]?.status, action).toBe(status)
    }
    await call('comments.moderate', { ids: ['m-3'], action: 'trash' })
    expect(
      (await call('comments.moderate', { ids: ['m-3'], action: 'restore' })).comments[0]?.status,
    ).toBe('approved')
    // Imported straight into Spam: nothing says where it was, so Pending.
    await call('comments.import', {
      text: importFile([{ id: 'm-4', body: 'سبام', status: 'spam' }]),
    })
    expect(
      (await call('comments.moderate', { ids: ['m-4'], action: 'restore' })).comments[0]?.status,
    ).toBe('pending')
    const audit = await call('comments.audit', { limit: 100 })
    expect(audit.filter((e) => e.commentId === 'm-1').map((e) => e.action)).toEqual([
      'restore',
      'trash',
      'spam',
      'unapprove',
      'approve',
      'received',
    ])
    expect(audit[0]).toMatchObject({ by: 'منى المحررة', rule: null })
  })

  it('undoes an action, and refuses with conflict when a comment changed since', async () => {
    const { call, fail } = await imported()
    const bulk = await call('comments.moderate', { ids: ['m-1', 'm-2'], action: 'approve' })
    const undone = await call('comments.undo', { actionId: bulk.actionId })
    expect(undone.comments.map((c) => [c.id, c.status])).toEqual([
      ['m-1', 'pending'],
      ['m-2', 'pending'],
    ])
    expect((await call('comments.get', { id: 'm-1' })).history.at(-1)).toMatchObject({
      action: 'undo',
      from: 'approved',
      to: 'pending',
    })
    // Undoing twice: the first undo consumed it.
    expect((await fail('comments.undo', { actionId: bulk.actionId })).code).toBe('not_found')
    // The undo can itself be undone (a redo).
    const redo = await call('comments.undo', { actionId: undone.actionId })
    expect(redo.comments.map((c) => c.status)).toEqual(['approved', 'approved'])

    const spam = await call('comments.moderate', { ids: ['m-1', 'm-2'], action: 'spam' })
    await call('comments.moderate', { ids: ['m-2'], action: 'trash' })
    const conflict = await fail('comments.undo', { actionId: spam.actionId })
    expect(conflict.code).toBe('conflict')
    expect(conflict.message).toContain('m-2')
    expect(conflict.details).toEqual({ ids: ['m-2'] })
    expect((await call('comments.get', { id: 'm-1' })).status).toBe('spam')
    expect((await fail('comments.undo', { actionId: 'a-never' })).code).toBe('not_found')
  })

  it('deletes only from Spam or Trash, and undo brings the comments back whole', async () => {
    const { call, fail } = await imported()
    const refused = await fail('comments.delete', { ids: ['m-1', 'm-2'] })
    expect(refused.code).toBe('invalid_argument')
    expect(refused.details).toEqual({ ids: ['m-1', 'm-2'] })
    await call('comments.moderate', { ids: ['m-1'], action: 'trash' })
    // One comment still in Pending refuses the whole call.
    expect((await fail('comments.delete', { ids: ['m-1', 'm-2'] })).details).toEqual({
      ids: ['m-2'],
    })
    expect((await call('comments.get', { id: 'm-1' })).status).toBe('trash')
    const before = await call('comments.get', { id: 'm-1' })
    const deleted = await call('comments.delete', { ids: ['m-1'] })
    expect(deleted).toMatchObject({ comments: [], removed: ['m-1'] })
    expect((await fail('comments.get', { id: 'm-1' })).code).toBe('not_found')
    expect((await call('comments.counts', {})).trash).toBe(0)
    const back = await call('comments.undo', { actionId: deleted.actionId })
    expect(back.comments.map((c) => c.id)).toEqual(['m-1'])
    const restored = await call('comments.get', { id: 'm-1' })
    expect({ ...restored, history: [], version: 0 }).toEqual({ ...before, history: [], version: 0 })
    expect(restored.history.map((e) => e.action)).toEqual(['received', 'trash', 'undo'])
    const audit = await call('comments.audit', { limit: 3 })
    expect(audit.map((e) => [e.commentId, e.action])).toEqual([
      ['m-1', 'undo'],
      ['m-1', 'delete'],
      ['m-1', 'trash'],
    ])
  })

  it('replies as the newsroom, and undo removes the reply', async () => {
    const { call } = await imported()
    const replied = await call('comments.reply', { parentId: 'm-3', body: '  شكرا لمتابعتكم  ' })
    const reply = replied.comments[0]
    expect(reply).toMatchObject({
      status: 'approved',
      parentId: 'm-3',
      articleId: 'sample-water',
      author: { name: 'جريدة الغد', email: '', url: '' },
      reply: { by: 'منى المحررة' },
      body: 'شكرا لمتابعتكم',
      source: { kind: 'local' },
    })
    expect((await call('comments.counts', {})).approved).toBe(2)
    const undone = await call('comments.undo', { actionId: replied.actionId })
    expect(undone).toMatchObject({ comments: [], removed: [reply?.id] })
    expect((await call('comments.counts', {})).approved).toBe(1)
    await call('settings.update', { siteTitle: '' })
    const unsigned = await call('comments.reply', { parentId: 'm-3', body: 'رد' })
    expect(unsigned.comments[0]?.author.name).toBe('غرفة الأخبار')
  })

  it('edits the text keeping the old one in the history, and undo puts it back', async () => {
    const { call } = await imported()
    const edited = await call('comments.edit', { id: 'm-1', body: 'نص معدّل' })
    expect(edited.comments[0]?.body).toBe('نص معدّل')
    const comment = await call('comments.get', { id: 'm-1' })
    expect(comment.history.at(-1)).toMatchObject({ action: 'edit', previousBody: 'تعليق أول' })
    const undone = await call('comments.undo', { actionId: edited.actionId })
    expect(undone.comments[0]?.body).toBe('تعليق أول')
    expect((await call('comments.get', { id: 'm-1' })).history.at(-1)).toMatchObject({
      action: 'undo',
      previousBody: 'نص معدّل',
    })
    // The search follows the text.
    const search = (query: string) =>
      call('comments.list', { status: 'pending', query }).then((p) => p.items.map((c) => c.id))
    expect(await search('معدل')).toEqual([])
    await call('comments.edit', { id: 'm-1', body: 'نص معدّل' })
    expect(await search('معدل')).toEqual(['m-1'])
    // The same text again changes nothing.
    expect((await call('comments.edit', { id: 'm-1', body: 'نص معدّل' })).comments).toEqual([])
  })

  it('passes decisions on WordPress comments to the outbox, and a failing outbox fails nothing', async () => {
    const { open, call } = await setUp()
    const sent: string[][] = []
    let broken = false
    open.comments.connectOutbox({
      decided: async (comments) => {
        if (broken) throw new Error('site down')
        sent.push(comments.map((c) => `${c.id}:${c.status}`))
      },
    })
    const { added } = await open.comments.receive(
      [
        incoming({
          body: 'من الموقع',
          status: 'pending',
          source: {
            kind: 'wordpress',
            targetId: 't-site',
            remoteId: 7,
            remotePostId: 1,
            siteStatus: 'hold',
            siteBody: 'من الموقع',
            syncedAt: '2026-11-20T09:00:00.000Z',
          },
        }),
        incoming({ id: 'local-1', body: 'محلي', status: 'pending' }),
      ],
      { kind: 'site', targetId: 't-site' },
    )
    const remote = (added[0] as Comment).id
    await call('comments.moderate', { ids: [remote, 'local-1'], action: 'approve' })
    expect(sent).toEqual([[`${remote}:approved`]])
    broken = true
    const result = await call('comments.moderate', { ids: [remote], action: 'spam' })
    expect(result.comments[0]?.status).toBe('spam')
    expect((await call('comments.get', { id: remote })).status).toBe('spam')
  })
})

describe('queues under many actions', () => {
  it('stay in order and in step with the comments, through bulk actions and their undo', async () => {
    const { call } = await setUp()
    const n = 300
    // Created in a shuffled order, some at the same minute (ties sort by id).
    const minute = (i: number) => (i * 7919) % 200
    await call('comments.import', {
      text: JSON.stringify({
        comments: Array.from({ length: n }, (_, i) => ({
          id: `b-${String(i).padStart(3, '0')}`,
          article: { id: 'sample-water' },
          author: { name: `قارئ ${i % 17}` },
          body: `تعليق ${i}`,
          createdAt: new Date(Date.UTC(2026, 10, 20, 9, minute(i))).toISOString(),
          status: 'pending',
        })),
      }),
    })
    const expected = new Map(
      Array.from({ length: n }, (_, i) => [`b-${String(i).padStart(3, '0')}`, 'pending']),
    )
    const check = async (step: string) => {
      for (const status of ['pending', 'approved', 'spam', 'trash'] as const) {
        const want = [...expected]
          .filter(([, s]) => s === status)
          .map(([id]) => id)
          .sort(
            (a, b) => minute(Number(b.slice(2))) - minute(Number(a.slice(2))) || (a < b ? -1 : 1),
          )
        const page = await call('comments.list', { status, limit: 500 })
        expect(
          page.items.map((c) => c.id),
          `${step}: ${status}`,
        ).toEqual(want)
      }
    }
    const ids = [...expected.keys()]
    const bulk = await call('comments.moderate', {
      ids: ids.filter((_, i) => i % 3 !== 0),
      action: 'approve',
    })
    for (const c of bulk.comments) expected.set(c.id, 'approved')
    await check('bulk approve')
    const single = await call('comments.moderate', { ids: ['b-001'], action: 'spam' })
    expected.set('b-001', 'spam')
    await check('one to spam')
    const trash = await call('comments.moderate', { ids: ids.slice(0, 150), action: 'trash' })
    for (const id of ids.slice(0, 150)) expected.set(id, 'trash')
    await check('bulk trash')
    const deleted = await call('comments.delete', { ids: ids.slice(0, 100) })
    for (const id of ids.slice(0, 100)) expected.delete(id)
    await check('bulk delete')
    await call('comments.undo', { actionId: deleted.actionId })
    for (const id of ids.slice(0, 100)) expected.set(id, 'trash')
    await check('undo delete')
    await call('comments.undo', { actionId: trash.actionId })
    for (const c of trash.comments)
      expected.set(c.id, bulk.comments.some((b) => b.id === c.id) ? 'approved' : 'pending')
    expected.set('b-001', 'spam')
    await check('undo trash')
    await call('comments.undo', { actionId: single.actionId })
    expected.set('b-001', 'approved')
    await check('undo spam')
    expect(await call('comments.counts', {})).toEqual({
      pending: 100,
      approved: 200,
      spam: 0,
      trash: 0,
    })
  })

  it('runs two actions on the same comment one after the other, never interleaved', async () => {
    const { call, fail } = await setUp()
    await call('comments.import', {
      text: importFile([{ id: 'x-1', body: 'تعليق', status: 'pending' }]),
    })
    const [approve, spam] = await Promise.all([
      call('comments.moderate', { ids: ['x-1'], action: 'approve' }),
      call('comments.moderate', { ids: ['x-1'], action: 'spam' }),
    ])
    expect(approve.comments[0]).toMatchObject({ status: 'approved', version: 2 })
    expect(spam.comments[0]).toMatchObject({ status: 'spam', version: 3 })
    const comment = await call('comments.get', { id: 'x-1' })
    expect(comment.history.map((e) => [e.action, e.from, e.to])).toEqual([
      ['received', undefined, 'pending'],
      ['approve', 'pending', 'approved'],
      ['spam', 'approved', 'spam'],
    ])
    expect((await fail('comments.undo', { actionId: approve.actionId })).code).toBe('conflict')
    await call('comments.undo', { actionId: spam.actionId })
    await call('comments.undo', { actionId: approve.actionId })
    expect((await call('comments.get', { id: 'x-1' })).status).toBe('pending')
  })
})
