import type { ArticleFields } from '../../shared/articles/article-schema'

/**
 * Article fields that all carry the same version number, in the title, the standfirst and every
 * paragraph. After a crash, an article whose fields disagree was mixed from two saves.
 */
export function versionedFields(version: number, random: () => number): Partial<ArticleFields> {
  const paragraphs = 1 + Math.floor(random() * 40)
  const text = `نص النسخة ${version} من المقال، فقرة تُكتب ثم تُحفظ. `.repeat(20)
  return {
    title: `نسخة ${version}`,
    standfirst: `v${version}`,
    body: {
      type: 'doc',
      content: Array.from({ length: paragraphs }, () => ({
        type: 'paragraph',
        content: [{ type: 'text', text }],
      })),
    },
  }
}

/** The version an article's fields carry, or null when they disagree (a mixed article). */
export function versionOf(article: {
  title: string
  standfirst: string
  body: unknown
}): number | null {
  const fromTitle = /^نسخة (\d+)$/.exec(article.title)?.[1]
  if (!fromTitle || article.standfirst !== `v${fromTitle}`) return null
  const versions = new Set(JSON.stringify(article.body).match(/النسخة \d+/g) ?? [])
  return versions.size === 1 && versions.has(`النسخة ${fromTitle}`) ? Number(fromTitle) : null
}
