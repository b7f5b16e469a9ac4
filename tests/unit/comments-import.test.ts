import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  guessCommentFormat,
  parseCommentFile,
} from '../../electron/comments/import/parse-comment-file'
import { ApiError } from '../../shared/api/errors'
import { RuleSet } from '../../shared/comments/apply-rules'
import { CommentRules } from '../../shared/comments/rules-schema'
import { repoRoot, sampleIds } from './fixtures/data-dir'

/** The error a parse throws; fails the test when it does not throw one. */
function failure(text: string, format?: 'json' | 'wxr'): ApiError {
  try {
    parseCommentFile(text, format)
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('invalid_argument')
    return error as ApiError
  }
  throw new Error('expected the file to be refused')
}

const json = (value: unknown) => JSON.stringify(value)

const GOOD = {
  id: 'c-1',
  article: { id: 'sample-economy' },
  author: { name: 'سارة الحسيني', email: 'sara@example.com', url: 'https://sara.example' },
  body: 'مقال مفيد، شكرًا لكم.',
  createdAt: '2026-11-21T12:30:00+03:00',
  status: 'approved',
}

describe('parseCommentFile: JSON', () => {
  it('reads the documented shape, keeping the text exactly and the time in UTC', () => {
    const [comment, ...rest] = parseCommentFile(json({ comments: [GOOD] }))
    expect(rest).toEqual([])
    expect(comment).toEqual({
      id: 'c-1',
      article: { id: 'sample-economy' },
      author: { name: 'سارة الحسيني', email: 'sara@example.com', url: 'https://sara.example' },
      body: 'مقال مفيد، شكرًا لكم.',
      createdAt: '2026-11-21T09:30:00.000Z',
      status: 'approved',
    })
  })

  it('takes a bare array, a plain author name, `date`, and the flat article fields', () => {
    const [comment] = parseCommentFile(
      json([
        {
          author: 'قارئ',
          body: '  نص بمسافات  \n',
          date: '2026-11-20T09:15:00Z',
          articleSlug: 'البنك-المركزي-يثبت-الفائدة',
          articleTitle: 'البنك المركزي',
          parentId: 'c-9',
        },
      ]),
    )
    expect(comment).toEqual({
      article: { slug: 'البنك-المركزي-يثبت-الفائدة', title: 'البنك المركزي' },
      author: { name: 'قارئ', email: '', url: '' },
      body: '  نص بمسافات  \n',
      createdAt: '2026-11-20T09:15:00.000Z',
      parentId: 'c-9',
    })
    expect(comment?.status).toBeUndefined()
  })

  it('keeps markup as literal text and replaces lone surrogates', () => {
    const body = '<script>alert(1)</script> <img src=x onerror=alert(2)> &amp; \u202Eعكس'
    const text = `{"comments":[{"author":{"name":"\\ud800اسم"},"body":${json(body)},"createdAt":"2026-11-20T09:15:00Z"},{"author":"x","body":"a\\udfffb\\ud83d\\ude00","createdAt":"2026-11-20T09:15:00Z"}]}`
    const [first, second] = parseCommentFile(text)
    expect(first?.body).toBe(body)
    expect(first?.author.name).toBe('\uFFFDاسم')
    expect(second?.body).toBe('a\uFFFDb😀')
  })

  it('ignores a byte-order mark and fields it does not know', () => {
    const [comment] = parseCommentFile(`\uFEFF${json([{ ...GOOD, ip: '10.0.0.1', likes: 3 }])}`)
    expect(comment?.id).toBe('c-1')
    expect(comment).not.toHaveProperty('ip')
  })

  it('refuses text that is not JSON, saying where', () => {
    const error = failure('{"comments": [\n  {"body": "x",}\n]}')
    expect(error.message).toMatch(/not valid JSON/)
    expect(error.message).toMatch(/line 2/)
  })

  it('refuses a file of the wrong shape', () => {
    expect(failure('{"items": []}').message).toMatch(/\{ "comments": \[ … \] \} or an array/)
    expect(failure('{"comments": 3}').message).toMatch(/"comments" must be an array/)
  })

  it('names the comment and field of each problem, and imports none', () => {
    const error = failure(
      json({
        comments: [
          GOOD,
          { ...GOOD, id: 'c-2', status: 'published' },
          { ...GOOD, id: 'c-3', body: undefined },
          { ...GOOD, id: 'c-4', createdAt: '2026-11-20 09:15' },
          { ...GOOD, id: 'c-5', author: undefined },
        ],
      }),
    )
    expect(error.message).toContain('4 problems')
    expect(error.message).toMatch(
      /comments\[1\]\.status: status "published" is not one of pending, approved, spam, trash/,
    )
    expect(error.message).toMatch(/comments\[2\]\.body: body is missing/)
    expect(error.message).toMatch(/comments\[3\]\.createdAt: .*not an ISO 8601 date/)
    expect(error.message).toMatch(/comments\[4\]\.author: author is missing/)
    expect(error.details?.issues).toHaveLength(4)
  })

  it('refuses a date without a time zone, a bad id, a repeated id and a self-reply', () => {
    expect(failure(json([{ ...GOOD, createdAt: '2026-11-20T09:15:00' }])).message).toMatch(
      /\[0\]\.createdAt/,
    )
    expect(failure(json([{ ...GOOD, id: '../etc' }])).message).toMatch(/\[0\]\.id: A comment id/)
    expect(failure(json([GOOD, GOOD])).message).toMatch(/\[1\]\.id: "c-1" is used by an earlier/)
    expect(failure(json([{ ...GOOD, parentId: 'c-1' }])).message).toMatch(/reply to itself/)
  })

  it('refuses a body over the limit, counting the problems it does not list', () => {
    const long = { ...GOOD, id: undefined, body: 'ب'.repeat(2_000_001) }
    const error = failure(json(Array.from({ length: 7 }, () => long)))
    expect(error.message).toMatch(/\[0\]\.body: body is longer than 2,000,000 characters/)
    expect(error.message).toMatch(/7 problems.*\(and 2 more\)/)
  })

  it('takes numeric ids as text', () => {
    const [parent, reply] = parseCommentFile(
      json([
        { ...GOOD, id: 7 },
        { ...GOOD, id: 8, parentId: 7 },
      ]),
    )
    expect(parent?.id).toBe('7')
    expect(reply?.parentId).toBe('7')
  })
})

/** A WXR export as WordPress writes it (wp-admin/includes/export.php), trimmed to comments. */
function wxr(items: string): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>صحيفة الواحة</title>
	<link>https://news.example</link>
	<wp:wxr_version>1.2</wp:wxr_version>
${items}
</channel>
</rss>
`
}

function wpComment(fields: Record<string, string>): string {
  const all: Record<string, string> = {
    comment_id: '101',
    comment_author: '<![CDATA[خالد]]>',
    comment_author_email: 'khaled@example.com',
    comment_author_url: '',
    comment_author_IP: '192.0.2.1',
    comment_date: '2026-11-20 12:15:00',
    comment_date_gmt: '2026-11-20 09:15:00',
    comment_content: '<![CDATA[تعليق]]>',
    comment_approved: '1',
    comment_type: 'comment',
    comment_parent: '0',
    comment_user_id: '0',
    ...fields,
  }
  const children = Object.entries(all)
    .map(([k, v]) => `\t\t\t<wp:${k}>${v}</wp:${k}>`)
    .join('\n')
  return `\t\t<wp:comment>\n${children}\n\t\t\t<wp:commentmeta>\n\t\t\t\t<wp:meta_key>akismet_result</wp:meta_key>\n\t\t\t\t<wp:meta_value><![CDATA[false]]></wp:meta_value>\n\t\t\t</wp:commentmeta>\n\t\t</wp:comment>`
}

function wpItem(title: string, postName: string, comments: string[]): string {
  return `	<item>
		<title>${title}</title>
		<link>https://news.example/?p=12</link>
		<dc:creator><![CDATA[editor]]></dc:creator>
		<content:encoded><![CDATA[<p>نص المقال <wp:comment_content>ليس تعليقًا</wp:comment_content></p>]]></content:encoded>
		<wp:post_id>12</wp:post_id>
		<wp:post_name><![CDATA[${postName}]]></wp:post_name>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<wp:postmeta>
			<wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>
			<wp:meta_value><![CDATA[1]]></wp:meta_value>
		</wp:postmeta>
${comments.join('\n')}
	</item>`
}

const SLUG = 'البنك-المركزي-يثبت-الفائدة'

describe('parseCommentFile: WordPress WXR', () => {
  it('reads comments with their post, author, UTC time, status and parent', () => {
    const text = wxr(
      wpItem('البنك المركزي &#8220;يثبّت&#8221; الفائدة', encodeURIComponent(SLUG).toLowerCase(), [
        wpComment({}),
        wpComment({
          comment_id: '102',
          comment_author: '<![CDATA[منى]]>',
          comment_author_url: 'https://mona.example/?a=1&amp;b=2',
          comment_content: '<![CDATA[ردّ على خالد: أتفق معك.]]>',
          comment_approved: '0',
          comment_parent: '101',
        }),
        wpComment({ comment_id: '103', comment_approved: 'spam', comment_type: '' }),
        wpComment({ comment_id: '104', comment_approved: 'trash' }),
        wpComment({ comment_id: '105', comment_approved: 'post-trashed' }),
      ]),
    )
    const comments = parseCommentFile(text)
    expect(comments.map((c) => [c.id, c.status, c.parentId ?? null])).toEqual([
      ['wxr-101', 'approved', null],
      ['wxr-102', 'pending', 'wxr-101'],
      ['wxr-103', 'spam', null],
      ['wxr-104', 'trash', null],
      ['wxr-105', 'trash', null],
    ])
    expect(comments[0]).toEqual({
      id: 'wxr-101',
      article: { slug: SLUG, title: 'البنك المركزي “يثبّت” الفائدة' },
      author: { name: 'خالد', email: 'khaled@example.com', url: '' },
      body: 'تعليق',
      createdAt: '2026-11-20T09:15:00.000Z',
      status: 'approved',
    })
    expect(comments[1]?.author.url).toBe('https://mona.example/?a=1&b=2')
    expect(comments[1]?.body).toBe('ردّ على خالد: أتفق معك.')
  })

  it('keeps markup and entities in CDATA as literal text, decoding plain text once', () => {
    const body = '<script>alert("x")</script> &amp; <b onclick="y()">عريض</b> ]]> النهاية'
    const cdata = `<![CDATA[${body.replace(']]>', ']]]]><![CDATA[>')}]]>`
    const [comment] = parseCommentFile(
      wxr(
        wpItem('عنوان &amp;amp; آخر', 'post', [
          wpComment({ comment_content: cdata, comment_author: 'سمير &lt;b&gt; &amp;amp;' }),
        ]),
      ),
    )
    expect(comment?.body).toBe(body)
    expect(comment?.author.name).toBe('سمير <b> &amp;')
    expect(comment?.article.title).toBe('عنوان &amp; آخر')
  })

  it('leaves out pingbacks and trackbacks, and a reply to one becomes top-level', () => {
    const comments = parseCommentFile(
      wxr(
        wpItem('t', 'p', [
          wpComment({ comment_id: '1', comment_type: 'pingback' }),
          wpComment({ comment_id: '2', comment_type: 'trackback' }),
          wpComment({ comment_id: '3', comment_parent: '1' }),
        ]),
      ),
      'wxr',
    )
    expect(comments.map((c) => [c.id, c.parentId ?? null])).toEqual([['wxr-3', null]])
  })

  it('falls back to the local date when the GMT one is empty', () => {
    const [comment] = parseCommentFile(
      wxr(wpItem('t', 'p', [wpComment({ comment_date_gmt: '0000-00-00 00:00:00' })])),
    )
    expect(comment?.createdAt).toBe('2026-11-20T12:15:00.000Z')
  })

  it('replaces lone surrogates written as character references', () => {
    const [comment] = parseCommentFile(
      wxr(wpItem('t', 'p', [wpComment({ comment_content: 'a&#xD800;b &#x1F600;' })])),
    )
    expect(comment?.body).toBe('a\uFFFDb 😀')
  })

  it('returns nothing for an export without comments', () => {
    expect(parseCommentFile(wxr(wpItem('t', 'p', [])))).toEqual([])
  })

  it('refuses XML that is not an RSS export', () => {
    expect(failure('<html><body>x</body></html>').message).toMatch(/not a WordPress export/)
  })

  it('names the comment and element of each problem', () => {
    const error = failure(
      wxr(
        wpItem('المقال', 'p', [
          wpComment({ comment_id: '7', comment_approved: 'maybe' }),
          wpComment({ comment_id: '8', comment_date_gmt: 'yesterday', comment_date: '' }),
          wpComment({ comment_id: '9', comment_author: 'x'.repeat(501) }),
          wpComment({ comment_id: '10' }),
          wpComment({ comment_id: '10' }),
        ]),
      ),
    )
    expect(error.message).toMatch(/comment 7 on "المقال": wp:comment_approved: "maybe" is not/)
    expect(error.message).toMatch(/comment 8 on "المقال": wp:comment_date_gmt: is missing/)
    expect(error.message).toMatch(/comment 9 on "المقال", wp:comment_author: author.name is longer/)
    expect(error.message).toMatch(/comment 10 on "المقال": wp:comment_id: appears twice/)
  })
})

describe('guessCommentFormat', () => {
  it('takes text starting with < as WXR, anything else as JSON', () => {
    expect(guessCommentFormat('  \n<?xml version="1.0"?><rss/>')).toBe('wxr')
    expect(guessCommentFormat('[]')).toBe('json')
    expect(guessCommentFormat('')).toBe('json')
  })

  it('obeys an explicit format', () => {
    expect(failure('[]', 'wxr').message).toMatch(/not a WordPress export/)
    expect(failure('<rss/>', 'json').message).toMatch(/not valid JSON/)
  })
})

describe('the sample comments (scripts/sample-comments)', () => {
  const dir = join(repoRoot, 'scripts', 'sample-comments')
  const comments = parseCommentFile(readFileSync(join(dir, 'comments.json'), 'utf8'), 'json')
  const rules = new RuleSet(
    CommentRules.parse(JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8'))),
  )
  const decided = new Map(
    comments.map((c) => [c.id, rules.decide(c, c.status, () => true)] as const),
  )

  it('are on the sample articles, with replies to comments of the file', () => {
    const ids = new Set(comments.map((c) => c.id))
    for (const c of comments) {
      expect(sampleIds).toContain(c.article.id)
      if (c.parentId) expect(ids.has(c.parentId)).toBe(true)
    }
  })

  it('land in the queues the sample rules decide', () => {
    const byStatus: Record<string, string[]> = { pending: [], approved: [], spam: [], trash: [] }
    for (const [id, d] of decided) byStatus[d.status]?.push(id as string)
    const n = (list: number[]) => list.map((i) => `sample-c${String(i).padStart(2, '0')}`)
    expect(byStatus).toEqual({
      approved: n([1, 2, 3, 4, 6, 7, 8, 11, 12, 13, 17, 19, 21, 24, 25]),
      pending: n([10, 14, 15, 20, 23, 26, 28]),
      spam: n([5, 9, 16, 22, 27, 29]),
      trash: n([18]),
    })
  })

  it('show Arabic evasions caught, and whole words that are not', () => {
    const match = (id: string) => decided.get(id)?.match
    expect(match('sample-c10')).toMatchObject({
      rule: 'hold-words',
      word: 'غبي',
      text: 'غـبـيـيـي',
    })
    expect(match('sample-c14')).toMatchObject({ rule: 'hold-words', word: 'حمار', text: 'ح.م.ا.ر' })
    expect(match('sample-c20')).toMatchObject({ rule: 'hold-words', word: 'تافه' })
    expect(match('sample-c23')).toMatchObject({ rule: 'hold-words', word: 'غبي', text: 'غ ب ي' })
    expect(match('sample-c09')).toMatchObject({ rule: 'spam-words', word: 'كازينو' })
    expect(match('sample-c15')).toMatchObject({ rule: 'max-links', links: 3 })
    // "نصابها" (in its proper place) is not the listed "نصاب"; "better" is not "bet".
    expect(match('sample-c11')).toBeNull()
    expect(match('sample-c02')).toBeNull()
    expect(match('sample-c28')).toMatchObject({ rule: 'hold-words', word: 'نصاب' })
  })
})
