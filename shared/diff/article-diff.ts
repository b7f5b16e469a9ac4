import type { Article } from '../articles/article-schema'
import { docToPlainText } from '../doc/doc-text'
import { type WordDiff, wordDiff } from './word-diff'

/** The parts of an article the History panel compares, in reading order. */
export const comparedFields = ['title', 'standfirst', 'body'] as const
export type ComparedField = (typeof comparedFields)[number]

export interface ArticleDiff {
  fields: { field: ComparedField; diff: WordDiff }[]
  /** Set when the two revisions have different statuses. */
  status?: { before: Article['status']; after: Article['status'] }
  removed: number
  added: number
}

const textOf = (article: Article, field: ComparedField): string =>
  field === 'body' ? docToPlainText(article.body) : article[field]

/** Word diffs of the title, standfirst and body of two revisions of one article. */
export function articleDiff(before: Article, after: Article): ArticleDiff {
  const fields = comparedFields.map((field) => ({
    field,
    diff: wordDiff(textOf(before, field), textOf(after, field)),
  }))
  return {
    fields,
    ...(before.status === after.status
      ? {}
      : { status: { before: before.status, after: after.status } }),
    removed: fields.reduce((sum, f) => sum + f.diff.removed, 0),
    added: fields.reduce((sum, f) => sum + f.diff.added, 0),
  }
}
