import type { Article, ArticleFields, FeaturedImage } from '../../shared/articles/article-schema'

/** The fields the Article settings panel edits; saved with the rest by the article's session. */
export interface ArticleSettings {
  excerpt: string
  slug: string
  byline: string
  tags: string[]
  category: string
  featuredImage: FeaturedImage | null
  /** When the article should go live: an ISO date with the local offset, or null for "at once". */
  scheduledAt: string | null
  /** Whether the slug follows the title (see `ArticleFields.slugAuto`). */
  slugAuto: boolean
  /** The Style check findings ignored in this article, by id. */
  styleIgnored: string[]
}

/** An article's settings as loaded (none of the later fields when the file predates them). */
export function settingsOf(article: Article): ArticleSettings {
  const { excerpt, slug, byline, tags, category } = article
  return {
    excerpt,
    slug,
    byline,
    tags,
    category,
    featuredImage: article.featuredImage ?? null,
    scheduledAt: article.scheduledAt ?? null,
    slugAuto: article.slugAuto ?? slug === '',
    styleIgnored: article.styleIgnored ?? [],
  }
}

/** The schema's limits on tags, which the panel keeps to so a save is never refused for them. */
const MAX_TAGS = 50
const MAX_TAG_LENGTH = 100

/**
 * Tags from what was typed: separated by commas (Latin "," or Arabic "،") or new lines, trimmed,
 * each once, within the schema's limits.
 */
export function parseTags(text: string): ArticleFields['tags'] {
  const tags = text
    .split(/[,،\n]/)
    .map((tag) => tag.trim().slice(0, MAX_TAG_LENGTH).trim())
    .filter(Boolean)
  return [...new Set(tags)].slice(0, MAX_TAGS)
}

/** How tags are shown for editing: joined the way they are typed in the UI's language. */
export function formatTags(tags: readonly string[], lang: 'ar' | 'en'): string {
  return tags.join(lang === 'ar' ? '، ' : ', ')
}
