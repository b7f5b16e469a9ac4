import type { CommentStatus } from '../../../shared/comments/comment-schema'
import type { IncomingComment } from '../incoming-comment'
import { CommentEntry, MAX_COMMENTS_PER_FILE } from './comment-entry-schema'
import { fileProblem, ImportProblems } from './import-problems'
import { readWxr, type WxrComment, type WxrItem } from './read-wxr'

/** `wp:comment_approved` → our queue. `post-trashed`: trashed along with its post. */
const STATUS: Record<string, CommentStatus> = {
  '1': 'approved',
  '0': 'pending',
  spam: 'spam',
  trash: 'trash',
  'post-trashed': 'trash',
}

/** Only readers' comments are imported; pingbacks, trackbacks and notes are not comments. */
const COMMENT_TYPES = new Set(['', 'comment'])

/** The element each field of a comment came from, for error messages. */
const ELEMENT: Record<string, string> = {
  id: 'wp:comment_id',
  body: 'wp:comment_content',
  'author.name': 'wp:comment_author',
  'author.email': 'wp:comment_author_email',
  'author.url': 'wp:comment_author_url',
  createdAt: 'wp:comment_date_gmt',
  parentId: 'wp:comment_parent',
  'article.slug': 'wp:post_name',
  'article.title': 'title',
}

/** WordPress writes MySQL datetimes, `2026-11-20 09:15:00`; `_gmt` ones are UTC. */
const MYSQL_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/

/** The comment's time in UTC: `wp:comment_date_gmt`, else `wp:comment_date` (taken as UTC). */
function createdAt(c: WxrComment): string | null {
  for (const key of ['wp:comment_date_gmt', 'wp:comment_date']) {
    const m = MYSQL_DATE.exec((c[key] ?? '').trim())
    if (!m || m[1] === '0000-00-00') continue
    const date = new Date(`${m[1]}T${m[2]}Z`)
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(m[1] as string))
      return date.toISOString()
  }
  return null
}

/** A percent-encoded slug (`%d8%a7…`) decoded; left as written when it is not valid encoding. */
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug)
  } catch {
    return slug
  }
}

const digits = (value: string | undefined) => (value ?? '').trim()

/** One `<wp:comment>` in the documented JSON shape, or the reason it cannot be one. */
function toEntry(c: WxrComment, item: WxrItem): Record<string, unknown> | string {
  const id = digits(c['wp:comment_id'])
  if (!/^\d{1,19}$/.test(id)) return 'wp:comment_id: is missing or not a number.'
  const approved = digits(c['wp:comment_approved'])
  const status = STATUS[approved]
  if (!status)
    return `wp:comment_approved: "${approved.slice(0, 30)}" is not 1, 0, spam, trash or post-trashed.`
  const date = createdAt(c)
  if (!date) return 'wp:comment_date_gmt: is missing or not a date such as 2026-11-20 09:15:00.'
  const parent = digits(c['wp:comment_parent'])
  if (parent && !/^\d{1,19}$/.test(parent)) return 'wp:comment_parent: is not a number.'
  const title = item.title.trim()
  const slug = decodeSlug(item.postName.trim())
  return {
    id: `wxr-${id}`,
    article: { ...(slug ? { slug } : {}), ...(title ? { title } : {}) },
    author: {
      name: c['wp:comment_author'] ?? '',
      email: (c['wp:comment_author_email'] ?? '').trim(),
      url: (c['wp:comment_author_url'] ?? '').trim(),
    },
    body: c['wp:comment_content'] ?? '',
    createdAt: date,
    status,
    parentId: parent && parent !== '0' ? `wxr-${parent}` : null,
  }
}

/**
 * Reads the comments of a WordPress export (Tools → Export). Ids become `wxr-<comment id>`
 * (replies keep pointing at their parent); the post's slug and title say which article. Only
 * ordinary comments are taken: pingbacks, trackbacks and other types are left out, and a reply
 * to one of them becomes a top-level comment. A file with a problem is refused whole.
 */
export function parseWxrComments(xml: string): IncomingComment[] {
  const doc = readWxr(xml)
  if (!doc.isRss)
    fileProblem('this is not a WordPress export (WXR): it has no <rss> element with a <channel>.')
  const problems = new ImportProblems()
  const comments: IncomingComment[] = []
  const seen = new Set<string>()
  const leftOut = new Set<string>()
  let total = 0
  for (const item of doc.items) {
    for (const c of item.comments) {
      if (!COMMENT_TYPES.has(digits(c['wp:comment_type']).toLowerCase())) {
        leftOut.add(`wxr-${digits(c['wp:comment_id'])}`)
        continue
      }
      if (++total > MAX_COMMENTS_PER_FILE)
        fileProblem(
          `the export has more than ${MAX_COMMENTS_PER_FILE.toLocaleString('en')} comments; export fewer posts at a time.`,
        )
      const where = `comment ${digits(c['wp:comment_id']).slice(0, 20) || '(no id)'} on "${item.title.trim().slice(0, 60)}"`
      const entry = toEntry(c, item)
      if (typeof entry === 'string') {
        problems.add(where, entry)
        continue
      }
      const parsed = CommentEntry.safeParse(entry)
      if (!parsed.success) {
        problems.addIssues(where, parsed.error, (field) => ELEMENT[field] ?? field)
        continue
      }
      if (seen.has(entry.id as string))
        problems.add(where, 'wp:comment_id: appears twice in the export.')
      seen.add(entry.id as string)
      comments.push(parsed.data)
    }
  }
  problems.throwIfAny()
  for (const comment of comments) {
    if (comment.parentId && leftOut.has(comment.parentId)) comment.parentId = null
  }
  return comments
}
