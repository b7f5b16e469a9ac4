import type { Article } from '../../shared/articles/article-schema'
import type { Publication } from '../../shared/publish/publication-schema'

/** The article's record for a target, if it was ever published there. */
export function publicationOn(article: Article, targetId: string): Publication | undefined {
  return article.publications?.find((p) => p.targetId === targetId)
}

/** The records with `record` put in place of the target's old one (or added). */
export function withPublication(article: Article, record: Publication): Publication[] {
  const others = (article.publications ?? []).filter((p) => p.targetId !== record.targetId)
  return [...others, record]
}

/** True when the article is live or scheduled on some target other than `targetId`. */
export function liveElsewhere(article: Article, targetId: string): boolean {
  return (article.publications ?? []).some(
    (p) => p.targetId !== targetId && (p.state === 'published' || p.state === 'scheduled'),
  )
}
