import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { arabicDate } from '../../electron/export/article-date'
import { Article } from '../../shared/articles/article-schema'
import type { DocMark, DocNode } from '../../shared/articles/doc-schema'
import { docToPlainText } from '../../shared/doc/doc-text'
import { everyNodeFields } from '../support/export-fixtures'
import { validateHtml } from '../support/html-validator'
import { value } from './fixtures/api'
import { setUpMidadCli } from './fixtures/cli'
import { createTempDirs, sampleArticles, sampleDir } from './fixtures/data-dir'

const tempDir = createTempDirs()
/** Every page these tests export, checked by the Nu HTML Checker in one run at the end. */
const exported: string[] = []

const cli = setUpMidadCli('midad-export-home-')
const midad = cli.run

/** Exports with the CLI into a kept folder (for the validity check) and returns the page. */
async function exportWithCli(id: string, dataDir: string) {
  const out = join(cli.home(), 'pages', `${id}-${exported.length}.html`)
  await mkdir(join(cli.home(), 'pages'), { recursive: true })
  const result = midad('export', id, '--out', out, '--data-dir', dataDir)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  expect(result.stdout.trim()).toBe(out)
  exported.push(out)
  return { out, html: await readFile(out, 'utf8') }
}

/** Opens a data directory in-process (seeded with the samples), runs `task`, and closes it. */
async function withData<T>(
  dataDir: string,
  task: (b: Awaited<ReturnType<typeof createBackend>>) => Promise<T>,
) {
  const opened = await createBackend({ dataDir, sampleDir, dailyBackup: false })
  try {
    return await task(opened)
  } finally {
    await opened.close()
  }
}

describe('midad export', () => {
  it('writes the article as a standalone page and prints the path', async () => {
    const dataDir = await tempDir()
    const sample = sampleArticles.find((a) => a.id === 'sample-economy') as Article
    const { out, html } = await exportWithCli(sample.id, dataDir)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(`<title>${sample.title}</title>`)
    expect(html).toContain(`>${arabicDate(sample.createdAt, 'arabic')}</time>`)
    expect((await stat(out)).mode & 0o777).toBe(0o644)
    expect((await readdir(join(cli.home(), 'pages'))).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('writes the date with the house digits', async () => {
    const dataDir = await tempDir()
    await withData(dataDir, (opened) =>
      value(opened.backend, 'settings.update', { digits: 'western' }),
    )
    const sample = sampleArticles[0] as Article
    const { html } = await exportWithCli(sample.id, dataDir)
    expect(html).toContain(`>${arabicDate(sample.createdAt, 'western')}</time>`)
    expect(arabicDate(sample.createdAt, 'western')).toMatch(/^\d+ \S+ \d{4}$/)
  })

  it('works while the app holds the data directory, since it only reads', async () => {
    const dataDir = await tempDir()
    await withData(dataDir, async () => {
      const { html } = await exportWithCli('sample-water', dataDir)
      expect(html).toContain('<h1 dir="auto">')
    })
  })

  const failures: [string, (dir: string) => Promise<string[]>, RegExp][] = [
    [
      'an unknown id',
      async () => ['no-such-article', '--out', join(cli.home(), 'x.html')],
      /no-such-article|not found|No article/i,
    ],
    ['an id that is not one', async () => ['../etc', '--out', join(cli.home(), 'x.html')], /id/],
    [
      'a missing folder',
      async (dir) => ['sample-water', '--out', join(dir, 'nope', 'x.html')],
      /Cannot write .*does not exist/,
    ],
    [
      'a folder as the file',
      async (dir) => ['sample-water', '--out', dir],
      /Cannot write .*is a folder/,
    ],
    [
      'a file as a folder',
      async (dir) => {
        await writeFile(join(dir, 'file'), 'x')
        return ['sample-water', '--out', join(dir, 'file', 'x.html')]
      },
      /Cannot write/,
    ],
  ]
  it.each(failures)('exits 2 with a clear message on %s', async (_, args, message) => {
    const dataDir = await tempDir()
    const outDir = await tempDir()
    const { code, stdout, stderr } = midad('export', ...(await args(outDir)), '--data-dir', dataDir)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^midad: /)
    expect(stderr).toMatch(message)
    expect(stderr).not.toContain('Usage:')
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  const misuse: [string, string[]][] = [
    ['no --out', ['export', 'sample-water']],
    ['no id', ['export', '--out', 'x.html']],
    ['two ids', ['export', 'a', 'b', '--out', 'x.html']],
    ['--all with an id', ['export', 'sample-water', '--all', '--out', 'site']],
    ['--all without --out', ['export', '--all']],
    ['--status without --all', ['export', 'sample-water', '--out', 'x.html', '--status', 'all']],
    ['an unknown --status', ['export', '--all', '--out', 'site', '--status', 'draft']],
    ['--json', ['export', 'sample-water', '--out', 'x.html', '--json']],
    ['--out on another command', ['list', '--out', 'x.html']],
  ]
  it.each(misuse)('exits 1 with the usage text on %s', async (_, args) => {
    const dataDir = await tempDir()
    const { code, stderr } = midad(...args, '--data-dir', dataDir)
    expect(code).toBe(1)
    expect(stderr).toContain('export ID --out FILE.html')
    expect(await readdir(dataDir)).toEqual([])
  })
})

/** A mark as the importer writes it: links by normalised address. */
const markKey = (m: DocMark) =>
  m.type === 'link' ? `link:${new URL(String(m.attrs?.href)).href}` : m.type

/**
 * The structure and text of a node, in a form both the editor's and the importer's documents
 * reduce to: node types (heading levels kept; dir and list numbering are not imported), adjacent
 * text runs with the same marks merged, marks as a sorted set.
 */
function shape(node: DocNode): unknown {
  if (node.type === 'text')
    return { text: node.text, marks: (node.marks ?? []).map(markKey).sort() }
  const content: unknown[] = []
  for (const child of node.content ?? []) {
    const next = shape(child) as { text?: string; marks?: string[] }
    const prev = content.at(-1) as { text?: string; marks?: string[] } | undefined
    if (next.text !== undefined && prev?.text !== undefined && `${prev.marks}` === `${next.marks}`)
      prev.text += next.text
    else content.push(next)
  }
  return {
    type: node.type,
    ...(node.type === 'heading' ? { level: node.attrs?.level } : {}),
    content,
  }
}

describe('round trip: export, then midad import', () => {
  const articles = [...sampleArticles.map((a) => a.id), 'every-node']
  it.each(articles)('%s comes back with the same text and structure', async (id) => {
    const dataDir = await tempDir()
    let original = sampleArticles.find((a) => a.id === id)
    if (!original) {
      original = await withData(dataDir, (opened) =>
        value(opened.backend, 'articles.create', everyNodeFields()),
      )
    }
    const { out } = await exportWithCli(original.id, dataDir)

    const importDir = await tempDir()
    const imported = midad('import', out, '--data-dir', importDir)
    expect(imported.stderr).toBe('')
    expect(imported.code).toBe(0)
    const copy = Article.parse(
      JSON.parse(
        await readFile(join(importDir, 'articles', `${imported.stdout.trim()}.json`), 'utf8'),
      ),
    )
    expect(copy.title).toBe(original.title)
    // The page's header (standfirst, then byline and date) and its tag list come back as
    // paragraphs and a list around the body: the importer knows HTML, not Midad's fields.
    const blocks = copy.body.content ?? []
    const body = original.body.content ?? []
    const dateline = `بقلم ${original.byline} · ${arabicDate(original.createdAt, 'arabic')}`
    expect(blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      ...body.map((b) => b.type),
      'bulletList',
    ])
    expect(docToPlainText(blocks[0] as DocNode)).toBe(original.standfirst)
    expect(docToPlainText(blocks[1] as DocNode)).toBe(dateline)
    const middle = { type: 'doc', content: blocks.slice(2, -1) }
    expect(shape(middle)).toEqual(shape({ type: 'doc', content: body }))
    expect(docToPlainText(middle)).toBe(docToPlainText(original.body))
    expect(
      docToPlainText(blocks.at(-1) as DocNode)
        .split('\n')
        .filter(Boolean),
    ).toEqual(original.tags)
  })
})

it('every page the CLI exported passes the Nu HTML Checker (one batched run)', () => {
  expect(exported.length).toBeGreaterThan(5)
  const reports = validateHtml(exported)
  for (const file of exported) expect(reports.get(file)?.errors, file).toEqual([])
}, 120_000)
