import { z } from 'zod'

/** UI languages. Arabic is the default. */
export const Language = z.enum(['ar', 'en'])
export type Language = z.infer<typeof Language>

/**
 * The house style for digits in dates Midad writes itself (an exported article's date):
 * Arabic-Indic (٢٤ نوفمبر ٢٠٢٦, the default) or Western (24 نوفمبر 2026). Newsrooms differ, so it is
 * a per-data-directory setting; the digits an editor types in the text are never changed.
 */
export const Digits = z.enum(['arabic', 'western'])
export type Digits = z.infer<typeof Digits>

/**
 * Per-data-directory settings, stored in `settings.json`. Every key has a default, so a file
 * written before a key existed still reads.
 */
export const Settings = z.object({
  language: Language.default('ar'),
  digits: Digits.default('arabic'),
})
export type Settings = z.infer<typeof Settings>

export const defaultSettings: Settings = { language: 'ar', digits: 'arabic' }
