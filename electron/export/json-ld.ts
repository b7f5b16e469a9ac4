/** What JSON-LD says about an exported article (schema.org `NewsArticle`). */
export interface NewsArticleFacts {
  headline: string
  description: string
  datePublished: string
  dateModified: string
  author: string
  keywords: readonly string[]
  inLanguage: string
}

/**
 * Characters that could end the `<script>` element or start a comment inside it, and the two line
 * terminators that some JavaScript parsers refuse inside strings. As `\uXXXX` escapes they are the
 * same JSON, so a `</script>` in a headline stays text inside the data block.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g

/** JSON safe to place between `<script type="application/ld+json">` and `</script>`. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** The page's JSON-LD block content: a schema.org NewsArticle, escaped for a script element. */
export function newsArticleJsonLd(facts: NewsArticleFacts): string {
  return scriptSafeJson({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    ...(facts.description ? { description: facts.description } : {}),
    datePublished: facts.datePublished,
    dateModified: facts.dateModified,
    ...(facts.author ? { author: [{ '@type': 'Person', name: facts.author }] } : {}),
    ...(facts.keywords.length ? { keywords: facts.keywords } : {}),
    inLanguage: facts.inLanguage,
  })
}
