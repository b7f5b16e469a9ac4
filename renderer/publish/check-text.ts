import { ApiError } from '../../shared/api/errors'
import {
  type CheckItem,
  MAX_TITLE_CHARS,
  MIN_BODY_WORDS,
} from '../../shared/publish/pre-publish-checks'
import type { I18n } from '../i18n/i18n'

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [])
const count = (value: unknown): number => (typeof value === 'number' ? value : 0)

/**
 * What one checklist item says, in the UI's language: not just "failed" but what is wrong (the
 * word count, the bad links, the title's length, the slug that is taken), so the editor knows
 * what to fix before pressing the jump button. `slug` is the slug being checked.
 */
export function checkText(item: CheckItem, slug: string, i18n: I18n): string {
  const { t, plural, lang } = i18n
  const details = item.details ?? {}
  switch (item.id) {
    case 'slug':
      if (item.ok) return t('check.slug.ok', { slug })
      if (details.problem === 'invalid') return t('check.slug.invalid', { slug })
      if (details.problem === 'taken') return t('check.slug.taken', { slug })
      return t('check.slug.missing')
    case 'words': {
      const words = plural('words', count(details.words))
      return t(item.ok ? 'check.words.ok' : 'check.words.fail', { words, min: MIN_BODY_WORDS })
    }
    case 'links':
      return item.ok
        ? t('check.links.ok')
        : t('check.links.fail', { links: list(details.links).join(lang === 'ar' ? '، ' : ', ') })
    case 'alt':
      return t(item.ok ? 'check.alt.ok' : 'check.alt.fail', { n: count(details.figures) })
    case 'titleLength':
      return t(item.ok ? 'check.titleLength.ok' : 'check.titleLength.fail', {
        n: count(details.length),
        max: MAX_TITLE_CHARS,
      })
    default:
      return t(`check.${item.id}.${item.ok ? 'ok' : 'fail'}`)
  }
}

/** How an item stands: passed, failed (blocking publishing) or a warning. */
export type CheckState = 'pass' | 'fail' | 'warn'

export const checkState = (item: CheckItem): CheckState =>
  item.ok ? 'pass' : item.severity === 'blocking' ? 'fail' : 'warn'

/**
 * Why `publish.start` refused, in words: for `not_publishable` the failed checks as the checklist
 * words them (the backend names them in `details.checks`), else the error's own message.
 */
export function refusalText(
  error: unknown,
  items: readonly CheckItem[],
  slug: string,
  i18n: I18n,
): string {
  const { t } = i18n
  const failed = error instanceof ApiError ? error.details?.checks : undefined
  if (error instanceof ApiError && error.code === 'not_publishable' && Array.isArray(failed)) {
    const words = failed.map((id) => {
      const item = items.find((i) => i.id === id)
      return item && !item.ok ? checkText(item, slug, i18n) : String(id)
    })
    return t('notPublishable', { checks: words.join(' ') })
  }
  return t('publishStartFailed', { message: (error as Error).message })
}
