import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shardOf } from '../../electron/comments/comment-store'
import { foldForSearch } from '../../electron/comments/search-fold'
import { dataLayout } from '../../electron/store/data-layout'
import { normalizeForSearch } from '../../shared/arabic/normalize'
import { EXCERPT_LENGTH } from '../../shared/comments/comment-schema'
import { type CommentsBackend, importFile, setUpCommentsBackend } from './fixtures/comments-backend'
import { createTempDirs, snapshotDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

/** Twelve comments over two articles, a minute apart (c-00 oldest), in every queue. */
async function setUpQueues(): Promise<CommentsBackend> {
  const c = await setUpCommentsBackend(tempDir)
  const statuses = ['pending', 'approved', 'spam', 'trash', 'pending', 'pending'] as const
  await c.call('comments.import', {
    text: importFile(
      Array.from({ length: 12 }, (_, i) => ({
        id: `q-${String(i).padStart(2, '0')}`,
        article: { id: i % 2 ? 'sample-water' : 'sample-economy' },
        author: { name: i % 3 ? 'ليلى حداد' : 'سامي', email: i % 3 ? 'Leila@Example.com' : '' },
        body:
          i === 4
            ? 'أسعار الكهرباء ارتفعت'
            : i === 5
              ? 'الْكَهْرَبَاءُ مقطوعة منذ ٣ أيام'
              : `تعليق رقم ${i}`,
        status: statuses[i % statuses.length],
      })),
    ),
  })
  return c
}

const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id)

describe('the moderation queues', () => {
  it('pages a queue newest first, with counts for every queue', async () => {
    const { call } = await setUpQueues()
    const first = await call('comments.list', { status: 'pending', limit: 3 })
    expect(ids(first)).toEqual(['q-11', 'q-10', 'q-06'])
    expect(first.total).toBe(6)
    expect(first.counts).toEqual({ pending: 6, approved: 2, spam: 2, trash: 2 })
    const second = await call('comments.list', { status: 'pending', offset: 3, limit: 3 })
    expect(ids(second)).toEqual(['q-05', 'q-04', 'q-00'])
    expect(ids(await call('comments.list', { status: 'pending', offset: 6 }))).toEqual([])
    expect(await call('comments.counts', {})).toEqual(first.counts)
    // An action moves the comment to its new place at once.
    await call('comments.moderate', { ids: ['q-10'], action: 'approve' })
    expect(ids(await call('comments.list', { status: 'pending', limit: 2 }))).toEqual([
      'q-11',
      'q-06',
    ])
    expect(ids(await call('comments.list', { status: 'approved' }))).toEqual([
      'q-10',
      'q-07',
      'q-01',
    ])
  })

  it('filters by article and searches the Arabic way, with counts under the same filter', async () => {
    const { call } = await setUpQueues()
    const water = await call('comments.list', { status: 'pending', articleId: 'sample-water' })
    expect(ids(water)).toEqual(['q-11', 'q-05'])
    expect(water.counts).toEqual({ pending: 2, approved: 2, spam: 0, trash: 2 })
    // Diacritics, hamza forms and digits do not matter, on either side.
    for (const query of ['الكهرباء', 'الكَهرباء', 'اسعار', 'منذ 3', 'مُنذُ ٣']) {
      const found = await call('comments.list', { status: 'pending', query })
      expect(found.total, query).toBeGreaterThan(0)
    }
    const electricity = await call('comments.list', { status: 'pending', query: 'الكهرباء' })
    expect(ids(electricity)).toEqual(['q-05', 'q-04'])
    expect(electricity.counts).toEqual({ pending: 2, approved: 0, spam: 0, trash: 0 })
    // Every word must be there; the author's name and email are searched too.
    expect(
      ids(await call('comments.list', { status: 'pending', query: 'الكهرباء مقطوعه' })),
    ).toEqual(['q-05'])
    expect((await call('comments.list', { status: 'pending', query: 'leila@example' })).total).toBe(
      4,
    )
    expect(
      ids(
        await call('comments.list', {
          status: 'pending',
          articleId: 'sample-water',
          query: 'كهرباء',
        }),
      ),
    ).toEqual(['q-05'])
    expect((await call('comments.list', { status: 'spam', query: '   ' })).total).toBe(2)
  })

  it('lists the commented articles, most comments first, and the author history', async () => {
    const { call, open } = await setUpQueues()
    await open.comments.receive(
      [
        {
          article: { title: 'خبر من الموقع فقط' },
          author: { name: 'زائر', email: '', url: '' },
          body: 'تعليق',
          createdAt: '2026-11-21T09:00:00.000Z',
        },
      ],
      { kind: 'import' },
    )
    expect(await call('comments.articles', {})).toEqual([
      {
        articleId: 'sample-economy',
        title: 'البنك المركزي يثبّت الفائدة ويترقب تراجع التضخم',
        count: 6,
      },
      { articleId: 'sample-water', title: 'العراق وسوريا في مواجهة موسم جفاف جديد', count: 6 },
      { articleId: null, title: 'خبر من الموقع فقط', count: 1 },
    ])
    // Leila by email (any case), Sami by name; newest first, this comment included.
    const leila = await call('comments.author', { id: 'q-01' })
    expect(leila.comments.map((c) => c.id)).toEqual([
      'q-11',
      'q-10',
      'q-08',
      'q-07',
      'q-05',
      'q-04',
      'q-02',
      'q-01',
    ])
    expect(leila.counts).toEqual({ pending: 4, approved: 2, spam: 2, trash: 0 })
    const sami = await call('comments.author', { id: 'q-03' })
    expect(sami.comments.map((c) => c.id)).toEqual(['q-09', 'q-06', 'q-03', 'q-00'])
  })

  it('folds text for search exactly as normalizeForSearch does', () => {
    const chars = fc.constantFrom(
      ...'غبي أإآاٱةهىيؤئ٠١٢۳3 \t\n\u00A0\u200B\u200F\u202E\u0640\u064E\u0651\u0670ΣσAİẞ🙂\uD800\uDC00,.'.split(
        '',
      ),
    )
    fc.assert(
      fc.property(
        fc.array(chars).map((a) => a.join('')),
        (text) => {
          expect(foldForSearch(text)).toBe(normalizeForSearch(text))
        },
      ),
      { numRuns: 3_000 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldForSearch(text)).toBe(normalizeForSearch(text))
      }),
      { numRuns: 3_000 },
    )
  })
})

describe('hostile comments', () => {
  it('are stored and returned exactly as written, as text', async () => {
    const { call } = await setUpCommentsBackend(tempDir)
    const huge = `${'ن'.repeat(EXCERPT_LENGTH - 1)}😀${'x'.repeat(1_000_000)}`
    const hostile = [
      { id: 'h-script', body: '<script>alert(1)</script><img src=x onerror="alert(2)">' },
      { id: 'h-link', body: '<a href="javascript:alert(3)">اضغط</a> javascript:alert(4)' },
      { id: 'h-huge', body: huge },
      { id: 'h-rlo', author: { name: 'أحمد\u202Egnp.exe', email: '' }, body: 'اسم مقلوب' },
    ]
    const text = importFile(hostile).replace('اسم مقلوب', 'نصف \\ud800 بديل')
    expect((await call('comments.import', { text })).added).toBe(4)
    expect((await call('comments.get', { id: 'h-script' })).body).toBe(hostile[0]?.body)
    expect((await call('comments.get', { id: 'h-link' })).body).toBe(hostile[1]?.body)
    const rlo = await call('comments.get', { id: 'h-rlo' })
    expect(rlo.author.name).toBe('أحمد\u202Egnp.exe')
    expect(rlo.body).toBe('نصف \uFFFD بديل')
    expect((await call('comments.get', { id: 'h-huge' })).body).toBe(huge)
    const page = await call('comments.list', { status: 'approved' })
    const row = page.items.find((c) => c.id === 'h-huge')
    // The row's excerpt is cut without splitting the emoji's surrogate pair.
    expect(row?.bodyLength).toBe(huge.length)
    expect(row?.body).toBe('ن'.repeat(EXCERPT_LENGTH - 1))
    // A lone surrogate in an edit is replaced too; the text is never interpreted.
    await call('comments.edit', { id: 'h-script', body: 'تعديل \udc00 <b>عريض</b>' })
    expect((await call('comments.get', { id: 'h-script' })).body).toBe('تعديل \uFFFD <b>عريض</b>')
    expect((await call('comments.list', { status: 'approved', query: 'onerror' })).total).toBe(0)
    expect((await call('comments.list', { status: 'approved', query: 'javascript' })).total).toBe(1)
  })
})

describe('refused calls', () => {
  it('change nothing: not the queues, not a file', async () => {
    const c = await setUpQueues()
    const { call, fail } = c
    await call('comments.moderate', { ids: ['q-02'], action: 'trash' })
    const layout = dataLayout(c.dataDir)
    const files = await snapshotDir(layout.commentsDir)
    const counts = await call('comments.counts', {})
    const page = await call('comments.list', { status: 'pending', limit: 500 })
    const refusals: [string, unknown, string][] = [
      ['comments.moderate', { ids: ['q-00', 'nope'], action: 'approve' }, 'not_found'],
      ['comments.moderate', { ids: ['q-00'], action: 'publish' }, 'invalid_argument'],
      ['comments.moderate', { ids: [], action: 'approve' }, 'invalid_argument'],
      [
        'comments.moderate',
        { ids: Array.from({ length: 5_001 }, (_, i) => `q-${i}`), action: 'approve' },
        'invalid_argument',
      ],
      ['comments.moderate', { ids: ['../../etc/passwd'], action: 'spam' }, 'invalid_argument'],
      ['comments.delete', { ids: ['q-02', 'q-00'] }, 'invalid_argument'],
      ['comments.delete', { ids: ['q-02', 'gone'] }, 'not_found'],
      ['comments.reply', { parentId: 'gone', body: 'رد' }, 'not_found'],
      ['comments.reply', { parentId: 'q-00', body: '   ' }, 'invalid_argument'],
      ['comments.edit', { id: 'gone', body: 'نص' }, 'not_found'],
      ['comments.undo', { actionId: 'a-unknown' }, 'not_found'],
      ['comments.rules.set', { holdWords: [''] }, 'invalid_argument'],
      ['comments.rules.set', { maxLinks: 'many' }, 'invalid_argument'],
      ['comments.rules.set', { spamWords: [{ word: 'x', match: 'regex' }] }, 'invalid_argument'],
      ['comments.import', { text: '{"comments": [{"body": 1}]}' }, 'invalid_argument'],
      ['comments.import', { text: 'not json at all', format: 'json' }, 'invalid_argument'],
      ['comments.get', { id: 'gone' }, 'not_found'],
      ['comments.author', { id: 'gone' }, 'not_found'],
      ['comments.list', { status: 'pending', limit: 501 }, 'invalid_argument'],
    ]
    for (const [method, args, code] of refusals) {
      expect(
        (await fail(method, args)).code,
        `${method} ${JSON.stringify(args).slice(0, 80)}`,
      ).toBe(code)
    }
    expect(await snapshotDir(layout.commentsDir)).toEqual(files)
    expect(await call('comments.counts', {})).toEqual(counts)
    expect(await call('comments.list', { status: 'pending', limit: 500 })).toEqual(page)
    expect(await call('comments.rules.get', {})).toEqual({
      holdWords: [],
      spamWords: [],
      maxLinks: 2,
      holdFirstTime: false,
    })
  })

  it('saves rules and reads them back, words as strings or objects', async () => {
    const { call, open, dataDir } = await setUpCommentsBackend(tempDir)
    const saved = await call('comments.rules.set', {
      holdWords: ['غبي', { word: 'تافه', match: 'substring' }],
      spamWords: [],
      maxLinks: null,
      holdFirstTime: true,
    })
    expect(saved.holdWords).toEqual([
      { word: 'غبي', match: 'word' },
      { word: 'تافه', match: 'substring' },
    ])
    await open.close()
    const reopened = await setUpCommentsBackend(tempDir, { dataDir })
    expect(await reopened.call('comments.rules.get', {})).toEqual(saved)
  })
})

describe('the data directory', () => {
  it('keeps comments, actions and the audit log across a restart', async () => {
    const first = await setUpQueues()
    const action = await first.call('comments.moderate', { ids: ['q-00', 'q-04'], action: 'spam' })
    const list = await first.call('comments.list', { status: 'spam' })
    await first.open.close()
    const again = await setUpCommentsBackend(tempDir, { dataDir: first.dataDir })
    expect(await again.call('comments.list', { status: 'spam' })).toEqual(list)
    expect((await again.call('comments.audit', { limit: 2 })).map((e) => e.actionId)).toEqual([
      action.actionId,
      action.actionId,
    ])
    // Undo is for this session's actions.
    expect((await again.fail('comments.undo', { actionId: action.actionId })).code).toBe(
      'not_found',
    )
  })

  it('fails comment calls on a damaged shard, naming it, while articles keep working', async () => {
    const first = await setUpQueues()
    await (await first.open.comments.loaded()).store.compact()
    await first.open.close()
    const shard = `shard-${shardOf('q-03')}.json`
    await writeFile(join(dataLayout(first.dataDir).commentsDir, shard), '{"comments": [{"id": 3}]}')
    const again = await setUpCommentsBackend(tempDir, { dataDir: first.dataDir })
    for (const [method, args] of [
      ['comments.list', { status: 'pending' }],
      ['comments.counts', {}],
      ['comments.moderate', { ids: ['q-00'], action: 'approve' }],
    ] as const) {
      const error = await again.fail(method, args)
      expect(error.code, method).toBe('invalid_data')
      expect(error.message, method).toContain(shard)
    }
    expect((await again.call('articles.list', {})).length).toBeGreaterThan(0)
    await again.open.close()
  })

  it('opened read-only, lists comments and refuses every change', async () => {
    const first = await setUpQueues()
    await first.open.close()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
      stdio: 'ignore',
    })
    try {
      const lock = {
        pid: child.pid,
        host: hostname(),
        app: 'midad serve',
        since: new Date().toISOString(),
      }
      await writeFile(dataLayout(first.dataDir).lock, JSON.stringify(lock))
      const files = await snapshotDir(dataLayout(first.dataDir).commentsDir)
      const { call, fail } = await setUpCommentsBackend(tempDir, { dataDir: first.dataDir })
      expect((await call('comments.list', { status: 'pending' })).total).toBe(6)
      const writes: [string, unknown][] = [
        ['comments.moderate', { ids: ['q-00'], action: 'approve' }],
        ['comments.delete', { ids: ['q-03'] }],
        ['comments.reply', { parentId: 'q-00', body: 'رد' }],
        ['comments.edit', { id: 'q-00', body: 'نص' }],
        ['comments.rules.set', { holdWords: ['غبي'] }],
        ['comments.import', { text: importFile([{ body: 'جديد' }]) }],
      ]
      for (const [method, args] of writes) {
        const error = await fail(method, args)
        expect(error.code, method).toBe('read_only')
        expect(error.message, method).toContain(`process ${child.pid}`)
      }
      expect(await snapshotDir(dataLayout(first.dataDir).commentsDir)).toEqual(files)
    } finally {
      child.kill()
    }
  })
})

describe('a damaged rules file', () => {
  it('fails reading the rules and importing, keeps the queues, and is set aside by a save', async () => {
    const first = await setUpQueues()
    await first.open.close()
    const layout = dataLayout(first.dataDir)
    await writeFile(layout.commentRules, '{"holdWords": "غبي"}')
    const { call, fail } = await setUpCommentsBackend(tempDir, { dataDir: first.dataDir })
    for (const [method, args] of [
      ['comments.rules.get', {}],
      ['comments.import', { text: importFile([{ body: 'جديد' }]) }],
    ] as const) {
      const error = await fail(method, args)
      expect(error.code, method).toBe('invalid_data')
      expect(error.message, method).toContain('rules.json')
    }
    expect((await call('comments.counts', {})).pending).toBe(6)
    await call('comments.moderate', { ids: ['q-00'], action: 'approve' })
    const rules = { holdWords: ['غبي'], spamWords: [], maxLinks: 2, holdFirstTime: false }
    await call('comments.rules.set', rules)
    expect((await call('comments.rules.get', {})).holdWords).toEqual([
      { word: 'غبي', match: 'word' },
    ])
    const kept = (await readdir(layout.commentsDir)).filter((f) => f.startsWith('rules.damaged-'))
    expect(kept).toHaveLength(1)
    expect(await readFile(join(layout.commentsDir, kept[0] as string), 'utf8')).toBe(
      '{"holdWords": "غبي"}',
    )
  })
})
