import { z } from 'zod'
import { ArticleStatus } from './article-schema'

/** One line of an article's history: enough to list it without sending its text. */
export const RevisionInfo = z.object({
  revision: z.number().int().min(1),
  savedAt: z.iso.datetime({ offset: true }),
  status: ArticleStatus,
  title: z.string(),
  /** Words in the body, counted the Arabic-aware way the status bar counts them. */
  words: z.number().int().min(0),
  /** Who saved it (the display name then), '' when unknown. */
  by: z.string(),
})
export type RevisionInfo = z.infer<typeof RevisionInfo>
