import type { I18n } from '../i18n/i18n'
import type { MessageId } from '../i18n/messages-en'

/**
 * "3 comments", "تعليقان", "١١ تعليقًا": a count of comments in the language's plural form.
 * Arabic has six forms, so every category has its own message.
 */
export function countText(i18n: I18n, n: number): string {
  const category = new Intl.PluralRules(i18n.lang).select(n)
  return i18n.t(`comments.count.${category}` as MessageId, { n })
}
