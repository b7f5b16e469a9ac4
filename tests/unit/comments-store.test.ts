import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AuditLog, auditEntry } from '../../electron/comments/audit-log'
import { CommentIndex } from '../../electron/comments/comment-index'
import { CommentStore, SHARDS, shardName, shardOf } from '../../electron/comments/comment-store'
import { dataLayout } from '../../electron/store/data-layout'
import { ApiError } from '../../shared/api/errors'
import { COMMENT_STATUSES, type Comment } from '../../shared/comments/comment-schema'
import { createTempDirs } from './fixtures/data-dir'

const tempDir = createTempDirs()

function comment(id: string, fields: Partial<Comment> = {}): Comment {
  return {
    id,
    articleId: 'sample-water',
    articleTitle: 'أزمة المياه',
    author: { name: 'قارئ', email: '', url: '' },
    body: `تعليق ${id}`,
    createdAt: '2026-11-20T10:00:00.000Z',
    status: 'pending',
    source: { kind: 'local' },
    parentId: null,
    reply: null,
    match: null,
    conflict: null,
    history: [],
    version: 1,
    ...fields,
  }
}

const sorted = (store: CommentStore) =>
  [...store.all()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((c) => [c.id, c.status, c.body])

async function shardFiles(dir: string): Promise<string[]> {
  return (await readdir(dataLayout(dir).commentsDir)).filter((f) => f.startsWith('shard-')).sort()
}

describe('the comment store', () => {
  it('keeps comments across a reopen, through the journal and after compaction', async () => {
    const dir = await tempDir()
    const layout = dataLayout(dir)
    const store = await CommentStore.open(layout)
    await store.put([comment('c-1'), comment('c-2'), comment('c-3')])
    await store.put([comment('c-2', { status: 'approved', version: 2 })])
    await store.remove(['c-3'])
    expect(await shardFiles(dir)).toEqual([])
    const replayed = await CommentStore.open(layout)
    expect(sorted(replayed)).toEqual([
      ['c-1', 'pending', 'تعليق c-1'],
      ['c-2', 'approved', 'تعليق c-2'],
    ])
    await replayed.compact()
    expect(await readFile(layout.commentJournal, 'utf8')).toBe('')
    const compacted = await CommentStore.open(layout)
    expect(sorted(compacted)).toEqual(sorted(replayed))
  })

  it('compacts by itself after enough journal lines, rewriting only the shards that changed', async () => {
    const dir = await tempDir()
    const layout = dataLayout(dir)
    const ids = Array.from({ length: 300 }, (_, i) => `c-${i}`)
    const first = await CommentStore.open(layout, { compactAfter: 300 })
    await first.put(ids.map((id) => comment(id)))
    // 300 lines: compacted, every shard written once.
    expect(await shardFiles(dir)).toHaveLength(SHARDS)
    expect(await readFile(layout.commentJournal, 'utf8')).toBe('')
    const before = new Map<string, number>()
    for (let i = 0; i < SHARDS; i++) {
      before.set(shardName(i), (await stat(layout.commentShard(shardName(i)))).mtimeMs)
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
    const store = await CommentStore.open(layout, { compactAfter: 2 })
    const touched = ['c-7', 'c-150']
    await store.put(touched.map((id) => comment(id, { status: 'spam', version: 2 })))
    const changedShards = new Set(touched.map(shardOf))
    for (let i = 0; i < SHARDS; i++) {
      const name = shardName(i)
      const mtime = (await stat(layout.commentShard(name))).mtimeMs
      if (changedShards.has(name)) expect(mtime, name).toBeGreaterThan(before.get(name) ?? 0)
      else expect(mtime, name).toBe(before.get(name))
    }
    const reopened = await CommentStore.open(layout)
    expect(reopened.size).toBe(300)
    expect(reopened.get('c-7')?.status).toBe('spam')
    expect(reopened.get('c-8')?.status).toBe('pending')
  })

  it('ignores a torn last journal line: that change was never acknowledged', async () => {
    const dir = await tempDir()
    const layout = dataLayout(dir)
    const store = await CommentStore.open(layout)
    await store.put([comment('c-1'), comment('c-2')])
    const line = JSON.stringify({ op: 'put', comment: comment('c-3') })
    await appendFile(layout.commentJournal, line.slice(0, line.length / 2))
    const reopened = await CommentStore.open(layout)
    expect(sorted(reopened).map(([id]) => id)).toEqual(['c-1', 'c-2'])
    // Writing goes on after the torn line, on a line of its own.
    await reopened.put([comment('c-4')])
    expect((await CommentStore.open(layout)).get('c-4')).toBeDefined()
  })

  it('refuses to open over a damaged shard, naming it, and leaves the file as it was', async () => {
    const dir = await tempDir()
    const layout = dataLayout(dir)
    const store = await CommentStore.open(layout)
    await store.put([comment('c-1')])
    await store.compact()
    const file = layout.commentShard(shardOf('c-1'))
    await writeFile(file, '{"comments": [{"id": "c-1", "status": "maybe"}]}')
    const error = await CommentStore.open(layout).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('invalid_data')
    expect((error as ApiError).message).toContain(`shard-${shardOf('c-1')}.json`)
    await writeFile(file, '{"comments": [')
    const notJson = await CommentStore.open(layout).catch((e: unknown) => e)
    expect((notJson as ApiError).code).toBe('invalid_data')
    expect(await readFile(file, 'utf8')).toBe('{"comments": [')
  })

  it('refuses every write in a read-only data directory', async () => {
    const dir = await tempDir()
    const layout = dataLayout(dir)
    await (await CommentStore.open(layout)).put([comment('c-1')])
    const readOnly = await CommentStore.open(layout, { readOnly: { reason: 'open elsewhere' } })
    await expect(readOnly.put([comment('c-2')])).rejects.toMatchObject({ code: 'read_only' })
    await expect(readOnly.remove(['c-1'])).rejects.toMatchObject({ code: 'read_only' })
    expect(sorted(await CommentStore.open(layout)).map(([id]) => id)).toEqual(['c-1'])
  })

  it('tells its listeners what each write changed', async () => {
    const store = await CommentStore.open(dataLayout(await tempDir()))
    const seen: [string | undefined, string | undefined][] = []
    store.onChange((changes) => {
      for (const { before, after } of changes) seen.push([before?.status, after?.status])
    })
    await store.put([comment('c-1')])
    await store.commit([comment('c-1', { status: 'trash', version: 2 })], [])
    await store.remove(['c-1'])
    expect(seen).toEqual([
      [undefined, 'pending'],
      ['pending', 'trash'],
      ['trash', undefined],
    ])
  })
})

describe('the audit log', () => {
  it('reads the newest entries first, across blocks, skipping torn lines', async () => {
    const layout = dataLayout(await tempDir())
    const log = new AuditLog(layout)
    const step = (n: number) =>
      auditEntry(`a-${n}`, `c-${n}`, {
        action: 'approve',
        // Multi-byte names, so block boundaries fall inside characters too.
        by: { kind: 'person', name: `المحررة ${'م'.repeat(n % 50)}` },
        at: new Date(Date.UTC(2026, 10, 20, 9, 0, n)).toISOString(),
        from: 'pending',
        to: 'approved',
      })
    const entries = Array.from({ length: 5_000 }, (_, n) => step(n))
    await log.append(entries.slice(0, 2_500))
    await appendFile(layout.commentAudit, '{"at": "torn\n')
    await log.append(entries.slice(2_500))
    await appendFile(layout.commentAudit, '{"at": "torn at the end')
    expect((await stat(layout.commentAudit)).size).toBeGreaterThan(3 * 256 * 1024)
    const newest = await log.read(3)
    expect(newest.map((e) => e.actionId)).toEqual(['a-4999', 'a-4998', 'a-4997'])
    const all = await log.read(100_000)
    expect(all).toEqual(entries.reverse())
    expect(await new AuditLog(dataLayout(await tempDir())).read(10)).toEqual([])
  })

  it('refuses to append in a read-only data directory', async () => {
    const layout = dataLayout(await tempDir())
    const log = new AuditLog(layout, { reason: 'open elsewhere' })
    const entry = auditEntry('a-1', 'c-1', {
      action: 'spam',
      by: { kind: 'person', name: '' },
      at: '2026-11-20T09:00:00.000Z',
    })
    expect(entry.by).toBe('person')
    await expect(log.append([entry])).rejects.toMatchObject({ code: 'read_only' })
  })
})

describe('the queue index', () => {
  it('matches a sort of every comment after any mix of single and bulk writes', () => {
    const statuses = fc.constantFrom(...COMMENT_STATUSES)
    const change = fc.record({
      id: fc.integer({ min: 0, max: 150 }),
      status: fc.option(statuses, { nil: null }),
    })
    // Small writes take the one-by-one path, writes of 64 or more the bulk merge.
    const write = fc.oneof(
      fc.array(change, { minLength: 1, maxLength: 10 }),
      fc.array(change, { minLength: 64, maxLength: 130, size: 'max' }),
    )
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 8 }), (writes) => {
        const stored = new Map<string, Comment>()
        const index = new CommentIndex([])
        for (const batch of writes) {
          // As the store reports a write: each change against the state the previous one left.
          const changes = batch.map(({ id, status }) => {
            const key = `c-${id}`
            const before = stored.get(key)
            const minute = (id * 37) % 60
            const after =
              status === null
                ? undefined
                : comment(key, {
                    status,
                    createdAt: new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString(),
                    version: (before?.version ?? 0) + 1,
                  })
            if (after) stored.set(key, after)
            else stored.delete(key)
            return { before, after }
          })
          index.update(changes)
        }
        for (const status of COMMENT_STATUSES) {
          const want = [...stored.values()]
            .filter((c) => c.status === status)
            .sort(
              (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : 1),
            )
            .map((c) => `${c.id}:${c.version}`)
          const got = index.queues[status].map((e) => `${e.id}:${e.comment.version}`)
          expect(got, status).toEqual(want)
        }
        expect(index.byId.size).toBe(stored.size)
      }),
      { numRuns: 300 },
    )
  })
})
