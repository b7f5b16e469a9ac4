import type { IncomingComment } from '../incoming-comment'
import { CommentEntry, MAX_COMMENTS_PER_FILE } from './comment-entry-schema'
import { fileProblem, ImportProblems } from './import-problems'

/** "line 3, column 7" for a JSON.parse error that gives a position, so the place can be found. */
function whereInText(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1]
  if (position === undefined) return ''
  const before = text.slice(0, Number(position))
  const line = before.split('\n').length
  const column = Number(position) - before.lastIndexOf('\n')
  return ` (line ${line}, column ${column})`
}

/** The comments array of a file: `{ "comments": [ … ] }` or a bare array. */
function commentsArray(data: unknown): { items: unknown[]; prefix: string } {
  if (Array.isArray(data)) return { items: data, prefix: '' }
  if (typeof data === 'object' && data !== null && 'comments' in data) {
    const { comments } = data as { comments: unknown }
    if (Array.isArray(comments)) return { items: comments, prefix: 'comments' }
    fileProblem('"comments" must be an array of comments.')
  }
  return fileProblem('expected { "comments": [ … ] } or an array of comments.')
}

/**
 * Reads the documented JSON shape (docs/comments-import.md). Every comment is checked before
 * any is returned: a file with a problem is refused whole, naming where (`comments[2].status`).
 */
export function parseJsonComments(text: string): IncomingComment[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    fileProblem(`the file is not valid JSON${whereInText(text, message)}: ${message}`)
  }
  const { items, prefix } = commentsArray(data)
  if (items.length > MAX_COMMENTS_PER_FILE)
    fileProblem(
      `the file has ${items.length.toLocaleString('en')} comments; split it into files of at most ${MAX_COMMENTS_PER_FILE.toLocaleString('en')}.`,
    )
  const problems = new ImportProblems()
  const comments: IncomingComment[] = []
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const where = `${prefix}[${index}]`
    const parsed = CommentEntry.safeParse(item)
    if (!parsed.success) {
      problems.addIssues(where, parsed.error)
      return
    }
    const comment = parsed.data
    if (comment.id !== undefined) {
      if (seen.has(comment.id))
        problems.add(`${where}.id`, `"${comment.id}" is used by an earlier comment in the file.`)
      seen.add(comment.id)
      if (comment.parentId === comment.id)
        problems.add(`${where}.parentId`, 'a comment cannot reply to itself.')
    }
    comments.push(comment)
  })
  problems.throwIfAny()
  return comments
}
