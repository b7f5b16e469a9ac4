import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AuditEntry } from '../../shared/comments/audit-schema'
import { CommentSummary } from '../../shared/comments/comment-schema'
import { CommentRules } from '../../shared/comments/rules-schema'
import { setUpMidadCli } from './fixtures/cli'
import { createTempDirs, repoRoot, sampleDir, snapshotDir } from './fixtures/data-dir'

const tempDir = createTempDirs()
const midad = setUpMidadCli('midad-comments-cli-home-').run

const RULES = {
  holdWords: ['غبي', { word: 'حمار', match: 'word' }],
  spamWords: ['كازينو', { word: 'crypto', match: 'substring' }],
  maxLinks: 1,
  holdFirstTime: false,
}

const comment = (id: string, body: string, extra: Record<string, unknown> = {}) => ({
  id,
  article: { id: 'sample-economy' },
  author: { name: `قارئ ${id}`, email: `${id}@example.com` },
  body,
  createdAt: '2026-11-21T12:00:00+03:00',
  ...extra,
})

const COMMENTS = [
  comment('t-ok', 'تحليل ممتاز، شكرًا للكاتب.'),
  comment('t-stretched', 'الكاتب غبييييي'),
  comment('t-dotted', 'المحافظ غ.ب.ي حقًا'),
  comment('t-tatweel', 'اربح في الكــازيـنـو الآن'),
  comment('t-crypto', 'انضموا إلى MyCryptoClub اليوم'),
  comment('t-links', 'المصادر: https://a.example و https://b.example'),
  // A listed word inside a longer, harmless one is not the word.
  comment('t-whole', 'قرأت عن حمارنة، عائلة معروفة في المدينة'),
  comment('t-hostile', '<script>alert(1)</script>\nسطر ثان\u202Eمقلوب', {
    author: { name: 'اسم\u202Eمقلوب' },
    status: 'pending',
  }),
]

const EXPECTED: Record<string, string> = {
  't-ok': 'approved',
  't-stretched': 'pending',
  't-dotted': 'pending',
  't-tatweel': 'spam',
  't-crypto': 'spam',
  't-links': 'pending',
  't-whole': 'approved',
  't-hostile': 'pending',
}

/** A fresh data directory with the test rules set. */
async function setUp(): Promise<{ dataDir: string; files: string }> {
  const dataDir = await tempDir()
  const files = await tempDir()
  await writeFile(join(files, 'rules.json'), JSON.stringify(RULES))
  const set = midad('comments', 'rules', '--set', join(files, 'rules.json'), '--data-dir', dataDir)
  expect(set.code, set.stderr).toBe(0)
  return { dataDir, files }
}

/** Every comment, by id, as `comments list --json` prints them. */
function listed(dataDir: string, ...args: string[]): Map<string, CommentSummary> {
  const { code, stdout, stderr } = midad(
    'comments',
    'list',
    '--json',
    ...args,
    '--data-dir',
    dataDir,
  )
  expect(code, stderr).toBe(0)
  return new Map(
    CommentSummary.array()
      .parse(JSON.parse(stdout))
      .map((c) => [c.id, c]),
  )
}

/** Only this file's comments (the sample newsroom may bring its own). */
const ours = (comments: Map<string, CommentSummary>) =>
  Object.fromEntries(
    [...comments].filter(([id]) => id.startsWith('t-')).map(([id, c]) => [id, c.status]),
  )

describe('midad comments rules', () => {
  it('round-trips a rules file through --set and --show --json', async () => {
    const { dataDir } = await setUp()
    const shown = midad('comments', 'rules', '--show', '--json', '--data-dir', dataDir)
    expect(shown.code).toBe(0)
    expect(JSON.parse(shown.stdout)).toEqual(CommentRules.parse(RULES))
    const text = midad('comments', 'rules', '--show', '--data-dir', dataDir).stdout
    expect(text).toContain('Hold words: غبي, حمار')
    expect(text).toContain('Spam words: كازينو, crypto (inside words too)')
    expect(text).toContain('Most links before holding: 1')
  })

  it('refuses a bad rules file and keeps the saved rules', async () => {
    const { dataDir, files } = await setUp()
    const bad = join(files, 'bad.json')
    await writeFile(bad, JSON.stringify({ ...RULES, maxLinks: -1, holdWords: 'غبي' }))
    const result = midad('comments', 'rules', '--set', bad, '--data-dir', dataDir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/bad\.json is not a rules file: .*holdWords/)
    const shown = midad('comments', 'rules', '--show', '--json', '--data-dir', dataDir)
    expect(JSON.parse(shown.stdout)).toEqual(CommentRules.parse(RULES))
  })
})

describe('midad comments import, list, moderate and audit', () => {
  it('imports JSON through the rules and lists the queues', async () => {
    const { dataDir, files } = await setUp()
    const file = join(files, 'comments.json')
    await writeFile(file, JSON.stringify({ comments: COMMENTS }))
    const first = midad('comments', 'import', file, '--data-dir', dataDir)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(
      /^Imported 8 comments: pending \d+, approved \d+, spam \d+, trash \d+\.\n$/,
    )
    expect(ours(listed(dataDir))).toEqual(EXPECTED)
    expect(listed(dataDir).get('t-stretched')?.match).toMatchObject({
      rule: 'hold-words',
      word: 'غبي',
      text: 'غبييييي',
    })

    const again = midad('comments', 'import', file, '--data-dir', dataDir)
    expect(again.stdout).toMatch(/^Imported 0 comments \(8 skipped as already here\)/)
    expect(ours(listed(dataDir, '--status', 'spam'))).toEqual({
      't-tatweel': 'spam',
      't-crypto': 'spam',
    })
  })

  it('prints each comment on one harmless line', async () => {
    const { dataDir, files } = await setUp()
    const file = join(files, 'comments.json')
    await writeFile(file, JSON.stringify(COMMENTS))
    expect(midad('comments', 'import', file, '--data-dir', dataDir).code).toBe(0)
    const { stdout } = midad('comments', 'list', '--status', 'pending', '--data-dir', dataDir)
    const line = stdout.split('\n').find((l) => l.startsWith('t-hostile\t'))
    expect(line?.split('\t')).toEqual([
      't-hostile',
      'pending',
      'اسم<U+202E>مقلوب',
      '2026-11-21T09:00:00.000Z',
      'sample-economy',
      '<script>alert(1)</script> سطر ثان<U+202E>مقلوب',
    ])
    expect(stdout).not.toContain('\u202E')
  })

  it('moderates one comment, and the audit log has the step', async () => {
    const { dataDir, files } = await setUp()
    const file = join(files, 'comments.json')
    await writeFile(file, JSON.stringify(COMMENTS))
    expect(midad('comments', 'import', file, '--data-dir', dataDir).code).toBe(0)
    const moved = midad(
      'comments',
      'moderate',
      't-dotted',
      '--status',
      'approved',
      '--data-dir',
      dataDir,
    )
    expect(moved).toMatchObject({ code: 0, stdout: 't-dotted\tapproved\n' })
    expect(listed(dataDir).get('t-dotted')?.status).toBe('approved')
    const trashed = midad(
      'comments',
      'moderate',
      't-ok',
      '--status',
      'trash',
      '--data-dir',
      dataDir,
    )
    expect(trashed.stdout).toBe('t-ok\ttrash\n')

    const csv = midad('comments', 'audit', '--csv', '--data-dir', dataDir)
    expect(csv.code).toBe(0)
    const rows = csv.stdout.split('\r\n')
    expect(rows[0]).toBe('at,actionId,commentId,action,from,to,by,rule,word')
    const row = rows.find((r) => r.includes(',t-dotted,approve,'))
    expect(row).toMatch(/,t-dotted,approve,pending,approved,/)
    expect(rows.indexOf(row as string)).toBeGreaterThan(
      rows.findIndex((r) => r.includes(',t-ok,trash,')),
    )
    const json = midad('comments', 'audit', '--json', '--data-dir', dataDir)
    const entries = AuditEntry.array().parse(JSON.parse(json.stdout))
    expect(entries.find((e) => e.commentId === 't-stretched')).toMatchObject({
      rule: 'hold-words',
      word: 'غبي',
      to: 'pending',
    })
  })

  it('imports a WordPress export, matching the post to its article by slug', async () => {
    const { dataDir, files } = await setUp()
    const file = join(files, 'export.xml')
    const slug = encodeURIComponent('البنك-المركزي-يثبت-الفائدة').toLowerCase()
    const wpComment = (id: number, content: string, approved: string, parent = 0) =>
      `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author><![CDATA[قارئ]]></wp:comment_author><wp:comment_date_gmt>2026-11-21 09:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[${content}]]></wp:comment_content><wp:comment_approved>${approved}</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`
    await writeFile(
      file,
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>موقع</title><item><title>البنك المركزي يثبّت الفائدة</title><wp:post_id>7</wp:post_id><wp:post_name><![CDATA[${slug}]]></wp:post_name>${wpComment(31, 'تعليق من ووردبريس', '1')}${wpComment(32, 'ردّ <b>غ ب ي</b>', '1', 31)}</item></channel></rss>`,
    )
    const result = midad('comments', 'import', file, '--data-dir', dataDir)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^Imported 2 comments/)
    const all = listed(dataDir)
    expect(all.get('wxr-31')).toMatchObject({ status: 'approved', articleId: 'sample-economy' })
    expect(all.get('wxr-32')).toMatchObject({
      status: 'pending',
      parentId: 'wxr-31',
      body: 'ردّ <b>غ ب ي</b>',
    })
  })
})

describe('the sample newsroom', () => {
  it('has the comments and rules that scripts/sample-comments make', async () => {
    const dataDir = await tempDir()
    for (const part of ['articles', 'comments'])
      await cp(join(sampleDir, part), join(dataDir, part), { recursive: true })
    const source = join(repoRoot, 'scripts', 'sample-comments')
    const file = JSON.parse(await readFile(join(source, 'comments.json'), 'utf8'))
    const all = listed(dataDir)
    expect([...all.keys()].sort()).toEqual(file.comments.map((c: { id: string }) => c.id).sort())
    const counts = { pending: 0, approved: 0, spam: 0, trash: 0 }
    for (const c of all.values()) counts[c.status]++
    expect(counts).toEqual({ pending: 7, approved: 15, spam: 6, trash: 1 })
    const rules = midad('comments', 'rules', '--show', '--json', '--data-dir', dataDir)
    expect(JSON.parse(rules.stdout)).toEqual(
      CommentRules.parse(JSON.parse(await readFile(join(source, 'rules.json'), 'utf8'))),
    )
  })
})

describe('bad comment files', () => {
  const cases: [string, string | null, RegExp][] = [
    ['missing.json', null, /missing\.json.*no such file/],
    ['broken.json', '{"comments": [ {"body": "x",} ]}', /not valid JSON/],
    [
      'status.json',
      JSON.stringify([comment('t-x', 'نص', { status: 'published' })]),
      /\[0\]\.status/,
    ],
    [
      'nobody.json',
      JSON.stringify({
        comments: [comment('t-y', 'نص'), { author: 'x', createdAt: '2026-11-21T12:00:00Z' }],
      }),
      /comments\[1\]\.body: body is missing/,
    ],
    ['page.xml', '<html><body>not an export</body></html>', /not a WordPress export/],
  ]
  it.each(cases)(
    '%s exits 2 with a clear message and changes nothing',
    async (name, content, message) => {
      const { dataDir, files } = await setUp()
      const before = midad('comments', 'list', '--json', '--data-dir', dataDir).stdout
      const snapshot = await snapshotDir(dataDir)
      const file = join(files, name)
      if (content !== null) await writeFile(file, content)
      const result = midad('comments', 'import', file, '--data-dir', dataDir)
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^midad: /)
      expect(result.stderr).toMatch(message)
      expect(midad('comments', 'list', '--json', '--data-dir', dataDir).stdout).toBe(before)
      expect(await snapshotDir(dataDir)).toEqual(snapshot)
    },
  )
})

describe('wrong usage of midad comments', () => {
  const cases: [string, string[]][] = [
    ['no subcommand', ['comments']],
    ['an unknown subcommand', ['comments', 'purge']],
    ['import without a file', ['comments', 'import']],
    ['list with an argument', ['comments', 'list', 'pending']],
    ['list with a bad status', ['comments', 'list', '--status', 'held']],
    ['list with --csv', ['comments', 'list', '--csv']],
    ['moderate without --status', ['comments', 'moderate', 'c-1']],
    ['moderate with a bad status', ['comments', 'moderate', 'c-1', '--status', 'approve']],
    ['rules without --show or --set', ['comments', 'rules']],
    ['rules with both', ['comments', 'rules', '--show', '--set', 'x.json']],
    ['audit with --csv and --json', ['comments', 'audit', '--csv', '--json']],
    ['--show on another command', ['list', '--show']],
  ]
  it.each(cases)('%s exits 1 with the usage text and touches no data', async (_, args) => {
    const dataDir = await tempDir()
    const { code, stdout, stderr } = midad(...args, '--data-dir', dataDir)
    expect(code).toBe(1)
    expect(stderr).toContain('Usage:')
    expect(stdout).toBe('')
    expect(await readdir(dataDir)).toEqual([])
  })

  it('documents the comments commands in --help', () => {
    const { stdout } = midad('--help')
    expect(stdout).toContain('comments import FILE')
    expect(stdout).toContain('comments moderate ID --status approved|pending|spam|trash')
  })
})
