import type { ArticleFields } from '../../shared/articles/article-schema'
import { slugFromTitle } from '../../shared/slugs/slug-from-title'
import { uniqueSlug } from '../../shared/slugs/unique-slug'
import type { SlugStyle } from '../../shared/style/house-style'

/**
 * A new article's slug and whether it follows the title, whoever creates it (the UI, `midad
 * import`, the import API): with no slug given (or `slugAuto: true`), one is made from the title
 * in the house style and numbered past the other articles' slugs, and it follows the title from
 * then on; a slug given as it is stays, and no longer follows unless `slugAuto` says so.
 * An untitled article gets no slug yet, and follows the title it will be given.
 */
export function newArticleSlug(
  fields: Pick<Partial<ArticleFields>, 'title' | 'slug' | 'slugAuto'>,
  style: SlugStyle,
  otherSlugs: () => Iterable<string>,
): Pick<ArticleFields, 'slug' | 'slugAuto'> {
  const given = fields.slug ?? ''
  const slugAuto = fields.slugAuto ?? given.trim() === ''
  const made = slugAuto ? slugFromTitle(fields.title ?? '', style) : ''
  return { slug: made ? uniqueSlug(made, otherSlugs()) : given, slugAuto }
}
