import { createContext, type ReactNode, useContext, useMemo } from 'react'
import type { Language } from '../../shared/settings/settings-schema'
import { ar } from './messages-ar'
import { en, type MessageId } from './messages-en'

const catalogs: Record<Language, Record<MessageId, string>> = { ar, en }

/** Everything a component needs to speak the UI language. */
export interface I18n {
  lang: Language
  dir: 'rtl' | 'ltr'
  /** A message with `{name}` placeholders filled in. Numbers are formatted for the language. */
  t: (id: MessageId, params?: Record<string, string | number>) => string
  /** Picks the plural form `${base}.${category}` for `count` by the language's plural rules. */
  plural: (base: 'minutes' | 'words' | 'siteArticleCount', count: number) => string
  formatNumber: (n: number) => string
  formatDate: (iso: string) => string
}

/** Builds the i18n helpers of a language; all UI text goes through this one mechanism. */
export function createI18n(lang: Language): I18n {
  const catalog = catalogs[lang]
  const numbers = new Intl.NumberFormat(lang)
  const dates = new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })
  const plurals = new Intl.PluralRules(lang)
  const t: I18n['t'] = (id, params) =>
    catalog[id].replace(/\{(\w+)\}/g, (_, key: string) => {
      const value = params?.[key]
      return typeof value === 'number' ? numbers.format(value) : (value ?? `{${key}}`)
    })
  return {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    t,
    plural: (base, count) => t(`${base}.${plurals.select(count)}` as MessageId, { n: count }),
    formatNumber: (n) => numbers.format(n),
    formatDate: (iso) => dates.format(new Date(iso)),
  }
}

const I18nContext = createContext<I18n>(createI18n('ar'))

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo(() => createI18n(lang), [lang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export const useI18n = (): I18n => useContext(I18nContext)
