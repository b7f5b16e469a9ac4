import type { ArticleStatus } from '../articles/article-status'
import type { Publication, WorkflowEvent } from '../publish/publication-schema'

/** What decides whether an article's slug still follows its title. */
export interface SlugState {
  slug: string
  /** Absent in files written before it existed: the slug then follows while it is empty. */
  slugAuto?: boolean | undefined
  status: ArticleStatus
  publications?: readonly Pick<Publication, 'state'>[] | undefined
  workflow?: readonly Pick<WorkflowEvent, 'to'>[] | undefined
}

/**
 * Whether the article ever went out, or is about to: it is published or scheduled, it has a
 * publication record on some target (any state: a record is only written by a publish, and one
 * now `draft` was unpublished after being live, so its address may be linked), or its workflow
 * ever reached `published`. Its address has then been, or will be, public.
 */
export function wentOut(article: Omit<SlugState, 'slug' | 'slugAuto'>): boolean {
  return (
    article.status === 'published' ||
    article.status === 'scheduled' ||
    (article.publications?.length ?? 0) > 0 ||
    (article.workflow ?? []).some((step) => step.to === 'published')
  )
}

/**
 * Whether the slug is (re)made from the title when the title changes: only while the editor has
 * not typed one of their own (`slugAuto`) and the article never went out ({@link wentOut}), since
 * a published address that moved would break every link to it.
 */
export function slugFollowsTitle(article: SlugState): boolean {
  return (article.slugAuto ?? article.slug === '') && !wentOut(article)
}
