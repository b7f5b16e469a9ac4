import type { IncomingComment } from '../incoming-comment'
import { parseJsonComments } from './parse-json-comments'
import { parseWxrComments } from './parse-wxr-comments'

export type CommentFileFormat = 'json' | 'wxr'

/** The format of a file's text: XML (a WXR export) starts with `<`, anything else is JSON. */
export function guessCommentFormat(text: string): CommentFileFormat {
  return text.trimStart().startsWith('<') ? 'wxr' : 'json'
}

/**
 * Parses an import file, JSON (the documented shape) or a WordPress WXR export, into comments
 * on their way in. Nothing is stored here: the caller runs them through the rules. A file with
 * any problem throws one `invalid_argument` ApiError naming where the problems are, so an
 * import is all or nothing. Strings are kept exactly (never read as markup), except that lone
 * surrogates are replaced.
 */
export function parseCommentFile(text: string, format?: CommentFileFormat): IncomingComment[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  return (format ?? guessCommentFormat(body)) === 'wxr'
    ? parseWxrComments(body)
    : parseJsonComments(body)
}
