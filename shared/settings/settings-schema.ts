import { z } from 'zod'

/** UI languages. Arabic is the default. */
export const Language = z.enum(['ar', 'en'])
export type Language = z.infer<typeof Language>

/** Per-data-directory settings, stored in `settings.json`. */
export const Settings = z.object({
  language: Language.default('ar'),
})
export type Settings = z.infer<typeof Settings>

export const defaultSettings: Settings = { language: 'ar' }
