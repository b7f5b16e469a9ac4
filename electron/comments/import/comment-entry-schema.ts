import { z } from 'zod'
import { CommentId, CommentStatus, wellFormed } from '../../../shared/comments/comment-schema'
import type { IncomingComment } from '../incoming-comment'

/** Most comments one import file may hold, so one file cannot exhaust the store. */
export const MAX_COMMENTS_PER_FILE = 500_000

/** Untrusted text: kept exactly as written, except that lone surrogates become U+FFFD. */
const text = (max: number, what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${what} is missing.` : `${what} must be text.`,
    })
    .max(max, `${what} is longer than ${max.toLocaleString('en')} characters.`)
    .transform(wellFormed)

/** An id in a file may be written as a number (a WordPress or Disqus id); it becomes text. */
const FileCommentId = z.preprocess(
  (raw) => (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? String(raw) : raw),
  CommentId,
)

const Author = z.preprocess(
  // A plain string is the author's name.
  (raw) => (typeof raw === 'string' ? { name: raw } : raw),
  z.object(
    {
      name: text(500, 'author.name'),
      email: text(500, 'author.email').default(''),
      url: text(2_000, 'author.url').default(''),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'author is missing: give the name, as a string or { "name": … }.'
          : 'author must be a name, or an object { "name", "email", "url" }.',
    },
  ),
)

const Article = z.object(
  {
    id: text(200, 'article.id').optional(),
    slug: text(1_000, 'article.slug').optional(),
    title: text(1_000, 'article.title').optional(),
  },
  { error: 'article must be an object { "id", "slug", "title" }.' },
)

/** A date with its time zone, stored in UTC so comments sort by time whatever zone they came in. */
const CreatedAt = z.iso
  .datetime({
    offset: true,
    error: (issue) =>
      issue.input === undefined
        ? 'createdAt (or date) is missing: give an ISO 8601 date such as 2026-11-20T09:15:00+03:00.'
        : `createdAt (or date) ${JSON.stringify(issue.input).slice(0, 60)} is not an ISO 8601 date with a time zone, such as 2026-11-20T09:15:00+03:00.`,
  })
  .transform((value) => new Date(value).toISOString())

const Status = z.enum(CommentStatus.options, {
  error: (issue) =>
    `status ${JSON.stringify(issue.input).slice(0, 40)} is not one of pending, approved, spam, trash.`,
})

/** The convenience spellings: `date`, `articleId`/`articleSlug`/`articleTitle`. */
function unalias(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const entry = { ...(raw as Record<string, unknown>) }
  if (entry.createdAt === undefined && entry.date !== undefined) entry.createdAt = entry.date
  const flat = { id: entry.articleId, slug: entry.articleSlug, title: entry.articleTitle }
  if (Object.values(flat).some((v) => v !== undefined)) {
    const nested = typeof entry.article === 'object' && entry.article !== null ? entry.article : {}
    entry.article = Object.fromEntries(
      Object.entries({ ...flat, ...nested }).filter(([, v]) => v !== undefined),
    )
  }
  return entry
}

/**
 * One comment of an import file (the shape documented in docs/comments-import.md). Unknown
 * fields are ignored; every known one is checked, with a message that names it.
 */
export const CommentEntry = z.preprocess(
  unalias,
  z
    .object(
      {
        id: FileCommentId.optional(),
        article: Article.default({}),
        author: Author,
        body: text(2_000_000, 'body'),
        createdAt: CreatedAt,
        status: Status.optional(),
        parentId: FileCommentId.nullable().optional(),
      },
      { error: 'each comment must be an object { "author", "body", "createdAt", … }.' },
    )
    .transform((entry): IncomingComment => {
      const comment: IncomingComment = {
        article: entry.article,
        author: entry.author,
        body: entry.body,
        createdAt: entry.createdAt,
      }
      if (entry.id !== undefined) comment.id = entry.id
      if (entry.status !== undefined) comment.status = entry.status
      if (entry.parentId !== undefined && entry.parentId !== null) comment.parentId = entry.parentId
      return comment
    }),
)
