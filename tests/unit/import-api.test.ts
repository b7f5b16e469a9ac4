import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import type { Backend } from '../../electron/api/dispatch'
import { htmlToArticle } from '../../electron/import/html-to-doc'
import { dataLayout } from '../../electron/store/data-layout'
import type { DocNode } from '../../shared/articles/doc-schema'
import { restoreRemoved } from '../../shared/cleanup/restore-removed'
import { docToPlainText } from '../../shared/doc/doc-text'
import { buildDocx } from '../fixtures/import/build-docx'
import { png } from '../support/test-images'
import { failure, openBackend, value } from './fixtures/api'
import { createTempDirs, repoRoot, sampleDir, snapshotDir } from './fixtures/data-dir'

const tempDir = createTempDirs()
const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64')
const nodes = (root: DocNode): DocNode[] => [root, ...(root.content ?? []).flatMap(nodes)]
const blocksOf = (doc: DocNode) => (doc.content ?? []).map((block) => docToPlainText(block))

async function setUpBackend(): Promise<{ backend: Backend; dataDir: string }> {
  const dataDir = await tempDir()
  return { backend: await openBackend(dataDir), dataDir }
}

/** Restores every removed block, last first, as the notice's "Restore all" does. */
function restoreAll(body: DocNode, removed: Parameters<typeof restoreRemoved>[1]): DocNode {
  let doc = body
  const left = [...removed]
  while (left.length) {
    const which = left.pop()
    if (!which) break
    doc = restoreRemoved(doc, left, which)
  }
  return doc
}

const STORY =
  'أعلن وزير الصحة اليوم افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، وقال إنها ستخدم أكثر من مليون مواطن.'

describe('import.article', () => {
  it('imports a scraped WordPress page: the draft is stored, the boilerplate listed whole', async () => {
    const { backend } = await setUpBackend()
    const before = await value(backend, 'articles.list', {})
    const html = await readFile(join(repoRoot, 'tests/fixtures/scraped/gold-prices.html'))
    const result = await value(backend, 'import.article', {
      fileName: 'gold-prices.html',
      dataBase64: base64(html),
    })
    expect(result.article.title).toBe('ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار')
    expect(result.article.status).toBe('draft')
    const stored = await value(backend, 'articles.get', { id: result.article.id })
    expect(stored.body).toEqual(result.article.body)
    expect(await value(backend, 'articles.list', {})).toHaveLength(before.length + 1)

    const reasons = result.removed.map((entry) => entry.reason)
    expect(reasons).toEqual(expect.arrayContaining(['comment-form', 'share', 'related']))
    const texts = result.removed.map((entry) => entry.text).join('\n')
    expect(texts).toMatch(/اترك تعليقاً/)
    expect(texts).toMatch(/فيسبوك/)
    expect(docToPlainText(stored.body)).not.toMatch(/اترك تعليق|فيسبوك|أيضـاً/)
    expect(result.images).toEqual({ stored: 0, skipped: [] })
    // Every removed block goes back exactly where it was: all restored is the page as converted.
    expect(restoreAll(stored.body, result.removed)).toEqual(htmlToArticle(html.toString()).body)
  })

  it('imports a Word document: its picture stored as media, its boilerplate removed', async () => {
    const { backend, dataDir } = await setUpBackend()
    const docx = await buildDocx([
      { p: 'افتتاح ثلاثة مستشفيات في الجنوب', style: 'Title' },
      { p: STORY },
      { image: png(6, 4), alt: 'الوزير يفتتح المستشفى' },
      { p: 'شارك' },
      { p: 'اترك تعليقاً' },
    ])
    const { article, removed, images } = await value(backend, 'import.article', {
      fileName: 'مستشفيات.docx',
      dataBase64: base64(docx),
    })
    expect(article.title).toBe('افتتاح ثلاثة مستشفيات في الجنوب')
    expect(removed.map((entry) => [entry.reason, entry.text])).toEqual([
      ['share', 'شارك'],
      ['comment-form', 'اترك تعليقاً'],
    ])
    expect(images).toEqual({ stored: 1, skipped: [] })
    const figure = nodes(article.body).find((node) => node.type === 'figure')
    expect(figure?.attrs?.alt).toBe('الوزير يفتتح المستشفى')
    const src = String(figure?.attrs?.src)
    expect(src).toMatch(/^media\/[0-9a-f]{64}\.png$/)
    expect(await readdir(join(dataDir, 'media'))).toContain(src.slice('media/'.length))
    expect(JSON.stringify(article.body)).not.toContain('data:')
  })

  it('a refused embedded image is listed, and removed lines still restore in place', async () => {
    const { backend } = await setUpBackend()
    const html = `<h1>افتتاح ثلاثة مستشفيات في الجنوب</h1><p>${STORY}</p>
      <figure><img src="data:image/png;base64,${base64('not a png at all')}" alt="صورة تالفة"></figure>
      <p>وأضاف الوزير أن العمل جار على إنشاء مستشفى رابع في العاصمة خلال العام المقبل.</p>
      <p>اقرأ أيضاً: <a href="https://example.com/x">الصحة تطلق حملة تطعيم جديدة</a></p>
      <p>اترك تعليقاً</p>`
    const result = await value(backend, 'import.article', {
      fileName: 'page.htm',
      dataBase64: base64(html),
    })
    expect(result.images.skipped).toEqual([
      expect.objectContaining({ alt: 'صورة تالفة', reason: 'refused' }),
    ])
    expect(result.removed.map((entry) => entry.reason)).toEqual(['related', 'comment-form'])
    // The figure is gone from the saved body, so the indexes count without it.
    expect(blocksOf(restoreAll(result.article.body, result.removed))).toEqual([
      STORY,
      'وأضاف الوزير أن العمل جار على إنشاء مستشفى رابع في العاصمة خلال العام المقبل.',
      'اقرأ أيضاً: الصحة تطلق حملة تطعيم جديدة',
      'اترك تعليقاً',
    ])
  })

  it('imports Markdown', async () => {
    const { backend } = await setUpBackend()
    const { article } = await value(backend, 'import.article', {
      fileName: 'notes.MD',
      dataBase64: base64(`# عنوان الخبر\n\n${STORY}\n\n- أولاً\n- ثانياً\n`),
    })
    expect(article.title).toBe('عنوان الخبر')
    expect(nodes(article.body).map((node) => node.type)).toContain('bulletList')
  })

  const bad: [string, string | Buffer, RegExp][] = [
    ['notes.rtf', '{\\rtf1 عنوان}', /Cannot import notes\.rtf: use a \.txt or \.html file/],
    ['latin1.txt', Buffer.from([0x41, 0xe9, 0xe8, 0x0a, 0xff]), /latin1\.txt is not UTF-8 text/],
    ['empty.md', '<script>alert(1)</script>\n', /empty\.md has no text to import/],
    ['blank.txt', '', /blank\.txt has no text to import/],
    ['broken.docx', 'PK not really a zip', /broken\.docx is not a Word document/],
  ]
  it.each(bad)(
    '%s is refused as invalid_argument, and nothing is stored',
    async (name, content, message) => {
      const { backend, dataDir } = await setUpBackend()
      const before = await value(backend, 'articles.list', {})
      const files = await snapshotDir(dataDir)
      const error = await failure(backend, 'import.article', {
        fileName: name,
        dataBase64: base64(content),
      })
      expect(error.code).toBe('invalid_argument')
      expect(error.message).toMatch(message)
      expect(await value(backend, 'articles.list', {})).toEqual(before)
      expect(await snapshotDir(dataDir)).toEqual(files)
    },
  )

  it('refuses arguments outside the contract', async () => {
    const { backend } = await setUpBackend()
    for (const args of [
      { fileName: '', dataBase64: base64('x') },
      { fileName: 'a.txt', dataBase64: 'not base64!' },
      { fileName: 'a.txt', dataBase64: base64('x'), extra: 1 },
    ]) {
      expect((await failure(backend, 'import.article', args)).code).toBe('invalid_argument')
    }
  })

  it('a data directory held by another process refuses the import and stores nothing', async () => {
    const dataDir = await tempDir()
    await (await createBackend({ dataDir, sampleDir })).close()
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
      await writeFile(dataLayout(dataDir).lock, JSON.stringify(lock))
      const files = await snapshotDir(dataDir)
      const readOnly = await openBackend(dataDir)
      const docx = await buildDocx([
        { p: 'عنوان', style: 'Title' },
        { image: png(3, 3), alt: 'صورة' },
      ])
      const error = await failure(readOnly, 'import.article', {
        fileName: 'x.docx',
        dataBase64: base64(docx),
      })
      expect(error.code).toBe('read_only')
      expect(error.message).toContain(`process ${child.pid}`)
      expect(await snapshotDir(dataDir)).toEqual(files)
    } finally {
      child.kill()
    }
  })
})
