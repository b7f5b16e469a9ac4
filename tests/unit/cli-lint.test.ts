import { describe, expect, it } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import type { Article } from '../../shared/articles/article-schema'
import type { HouseStyleChanges } from '../../shared/style/house-style'
import { value } from './fixtures/api'
import { setUpMidadCli } from './fixtures/cli'
import { createTempDirs, sampleDir } from './fixtures/data-dir'

const tempDir = createTempDirs()
const cli = setUpMidadCli('midad-lint-cli-home-').run

/**
 * Runs `midad`, leaving out of stderr the lines of the rebuild `bin/midad.mjs` makes when a
 * source changed meanwhile (other work in the tree), which are not the command's output.
 */
function midad(...args: string[]) {
  const result = cli(...args)
  const stderr = result.stderr.replace(/^(Building Midad .*|Build finished\.)\n/gm, '')
  return { ...result, stderr }
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const doc = (...texts: string[]) => ({ type: 'doc', content: texts.map(paragraph) })

/** Keys of each `--json` finding, and nothing else. */
const JSON_KEYS = ['excerpt', 'field', 'fix', 'from', 'id', 'rule', 'text', 'to']

interface Printed {
  id: string
  rule: string
  field: string
  from: number
  to: number
  excerpt: string
  text: string
  fix: { insert: string } | null
}

/** A data directory holding one article with this title and body, and the given house style. */
async function setUp(
  title: string,
  paragraphs: string[],
  houseStyle?: HouseStyleChanges,
): Promise<{ dataDir: string; article: Article }> {
  const dataDir = await tempDir('midad-lint-')
  const opened = await createBackend({ dataDir, sampleDir, dailyBackup: false })
  try {
    if (houseStyle) await value(opened.backend, 'settings.update', { houseStyle })
    const article = await value(opened.backend, 'articles.create', {
      title,
      body: doc(...paragraphs),
    })
    return { dataDir, article }
  } finally {
    await opened.close()
  }
}

/** Runs `midad lint --json` and returns the findings it printed. */
function lintJson(id: string, dataDir: string): { code: number | null; findings: Printed[] } {
  const { code, stdout, stderr } = midad('lint', id, '--json', '--data-dir', dataDir)
  expect(stderr).toBe('')
  return { code, findings: JSON.parse(stdout) as Printed[] }
}

const TATWEEL_AND_REPEAT = 'قال وزير النقل إن العـراق سيشارك في في المؤتمر الإقليمي المقبل.'

describe('midad lint', () => {
  it('exits 0 and prints nothing for an article in the house style', async () => {
    const { dataDir, article } = await setUp('الحكومة تعلن خطة جديدة للنقل العام', [
      'أعلنت الحكومة اليوم خطة جديدة لتطوير النقل العام في العاصمة، وقال الوزير: «سنبدأ العمل الشهر المقبل».',
    ])
    const { code, stdout, stderr } = midad('lint', article.id, '--data-dir', dataDir)
    expect(stderr).toBe('')
    expect(stdout).toBe('')
    expect(code).toBe(0)
    expect(lintJson(article.id, dataDir)).toEqual({ code: 0, findings: [] })
  })

  it('exits 3 and prints one line per finding: rule, range, excerpt and fix', async () => {
    const { dataDir, article } = await setUp('خطة النقل', [TATWEEL_AND_REPEAT])
    const { code, stdout, stderr } = midad('lint', article.id, '--data-dir', dataDir)
    expect(stderr).toBe('')
    expect(code).toBe(3)
    const lines = stdout.trimEnd().split('\n')
    expect(lines.map((line) => line.split('\t')[0])).toEqual(['tatweel', 'repeated-word'])
    const [tatweel, repeated] = lines.map((line) => line.split('\t'))
    expect(tatweel?.[1]).toMatch(/^body \d+-\d+$/)
    expect(tatweel?.[2]).toContain('العـراق')
    expect(tatweel?.[3]).toBe('fix: delete "ـ"')
    expect(repeated?.[2]).toContain('في في')
    expect(repeated?.[3]).toBe('fix: delete "␣في"')
  })

  it('prints the findings as JSON with --json, at the positions the checker gives', async () => {
    const { dataDir, article } = await setUp('خطة النقل', [TATWEEL_AND_REPEAT])
    const { code, findings } = lintJson(article.id, dataDir)
    expect(code).toBe(3)
    expect(findings.map((f) => f.rule)).toEqual(['tatweel', 'repeated-word'])
    for (const finding of findings) expect(Object.keys(finding).sort()).toEqual(JSON_KEYS)
    const [tatweel] = findings
    // Body positions are ProseMirror positions: the paragraph opens at 0, its text starts at 1.
    expect(tatweel).toMatchObject({ field: 'body', text: 'ـ', fix: { insert: '' } })
    expect(tatweel?.from).toBe(1 + TATWEEL_AND_REPEAT.indexOf('ـ'))
    expect(tatweel?.to).toBe((tatweel?.from ?? 0) + 1)
    expect(tatweel?.id).toMatch(/^tatweel:body:/)
  })

  it('leaves out the findings the article ignores', async () => {
    const { dataDir, article } = await setUp('خطة النقل', [TATWEEL_AND_REPEAT])
    const [tatweel, repeated] = lintJson(article.id, dataDir).findings
    const save = async (styleIgnored: string[], baseRevision: number) => {
      const opened = await createBackend({ dataDir, sampleDir, dailyBackup: false })
      try {
        return await value(opened.backend, 'articles.save', {
          id: article.id,
          baseRevision,
          changes: { styleIgnored },
        })
      } finally {
        await opened.close()
      }
    }
    const saved = await save([tatweel?.id ?? ''], article.revision)
    const partly = lintJson(article.id, dataDir)
    expect(partly.code).toBe(3)
    expect(partly.findings.map((f) => f.rule)).toEqual(['repeated-word'])
    await save([tatweel?.id ?? '', repeated?.id ?? ''], saved.revision)
    const none = midad('lint', article.id, '--data-dir', dataDir)
    expect(none).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })

  it("follows the house style's quotation marks", async () => {
    const title = 'وزير النقل يعلن موعد المشروع'
    const text = 'قال الوزير «سنبدأ العمل غدًا» أمام الصحفيين.'
    const guillemets = await setUp(title, [text])
    expect(lintJson(guillemets.article.id, guillemets.dataDir)).toEqual({ code: 0, findings: [] })

    const curly = await setUp(title, [text], { quotes: '“”' })
    const { code, findings } = lintJson(curly.article.id, curly.dataDir)
    expect(code).toBe(3)
    expect(findings.map((f) => [f.rule, f.text, f.fix?.insert])).toEqual([
      ['quotes', '«', '“'],
      ['quotes', '»', '”'],
    ])
  })

  it("follows the house style's lengths", async () => {
    const title = 'الحكومة تعلن خطة جديدة لتطوير النقل العام في العاصمة'
    const loose = await setUp(title, ['أعلنت الحكومة اليوم خطة جديدة لتطوير النقل العام.'])
    expect(lintJson(loose.article.id, loose.dataDir).code).toBe(0)
    const strict = await setUp(title, ['أعلنت الحكومة اليوم خطة جديدة لتطوير النقل العام.'], {
      maxHeadlineChars: 20,
      maxParagraphWords: 10,
    })
    const { findings } = lintJson(strict.article.id, strict.dataDir)
    expect(findings.map((f) => [f.rule, f.field])).toEqual([['long-headline', 'title']])
    expect(findings[0]?.fix).toBeNull()
    const line = midad('lint', strict.article.id, '--data-dir', strict.dataDir).stdout
    expect(line).toMatch(/^long-headline\ttitle \d+-\d+\t.+\tfix: by hand\n$/)
  })

  it('never lets the article text put terminal escapes or bidi overrides on the screen', async () => {
    const { dataDir, article } = await setUp('خبر', [
      'قال الوزير إن العـراق \u001b[31mسيشارك\u202E في في المؤتمر.',
    ])
    const { code, stdout } = midad('lint', article.id, '--data-dir', dataDir)
    expect(code).toBe(3)
    expect(stdout).not.toContain('\u001b')
    expect(stdout).not.toContain('\u202E')
    expect(stdout).toContain('<U+202E>')
  })

  it('exits 2 with a clear message for an article that does not exist', async () => {
    const dataDir = await tempDir('midad-lint-')
    const missing = midad('lint', 'no-such-article', '--data-dir', dataDir)
    expect(missing.code).toBe(2)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toContain('no-such-article')
    const bad = midad('lint', '../settings', '--data-dir', dataDir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/article id/i)
  })

  it('exits 1 with the usage for wrong usage', async () => {
    const dataDir = await tempDir('midad-lint-')
    for (const args of [['lint'], ['lint', 'a', 'b'], ['lint', 'a', '--out', 'x']]) {
      const { code, stderr } = midad(...args, '--data-dir', dataDir)
      expect(code, args.join(' ')).toBe(1)
      expect(stderr).toContain('lint ID [--json] [--data-dir D]')
    }
  })
})
