import { z } from 'zod'

/**
 * Workflow states, in the order an article moves through them: draft → in review → ready (edited
 * and approved, waiting to go out) → scheduled or published. The list lives here only.
 */
export const ArticleStatus = z.enum(['draft', 'in_review', 'ready', 'scheduled', 'published'])
export type ArticleStatus = z.infer<typeof ArticleStatus>
export const articleStatuses = ArticleStatus.options
