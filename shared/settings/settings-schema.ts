import { z } from 'zod'
import { siteAddress } from '../export/site-address'
import { defaultHouseStyleSettings, HouseStyleSettings } from '../style/house-style'
import { Digits } from './digits'

/** UI languages. Arabic is the default. */
export const Language = z.enum(['ar', 'en'])
export type Language = z.infer<typeof Language>

export { Digits } from './digits'

/**
 * The colour theme: the operating system's choice (the default), or always light or dark. Kept
 * per data directory with the other settings, so the choice is remembered.
 */
export const Theme = z.enum(['system', 'light', 'dark'])
export type Theme = z.infer<typeof Theme>

/**
 * How the editor checks spelling: `auto` (the default) is Midad's offline Arabic dictionary in the
 * desktop app and the browser's own spellcheck in browser mode; `midad` and `browser` pick one
 * (the browser's exists only in browser mode); `off` checks nothing.
 */
export const SpellcheckMode = z.enum(['auto', 'midad', 'browser', 'off'])
export type SpellcheckMode = z.infer<typeof SpellcheckMode>

/** A person's name as the history shows it: one line of text. */
export const DisplayName = z.string().trim().max(100)

/** A site's name: one line of text. */
export const SiteTitle = z.string().trim().max(200)

/** A site's address: '' for none, else an http(s) URL, stored normalised (see siteAddress). */
export const SiteUrl = z
  .string()
  .trim()
  .max(2000)
  .transform((raw, ctx) => {
    if (raw === '') return ''
    const address = siteAddress(raw)
    if (address) return address
    ctx.addIssue({ code: 'custom', message: 'The site address must be an http(s) URL.' })
    return z.NEVER
  })

/**
 * Per-data-directory settings, stored in `settings.json`. Every key has a default, so a file
 * written before a key existed still reads.
 */
export const Settings = z.object({
  language: Language.default('ar'),
  digits: Digits.default('arabic'),
  /** The site's name, at the top of every page of an exported site; '' for "مداد". */
  siteTitle: SiteTitle.default(''),
  /**
   * The site's public address (`https://news.example/`), which the exported site's feed,
   * sitemap, canonical links and share images need in full; '' when not yet known.
   */
  siteUrl: SiteUrl.default(''),
  /** The name this user's saves are recorded under in each article's history; '' for none. */
  displayName: DisplayName.default(''),
  /** The folder the site was last exported to, suggested next time; '' before the first. */
  siteDir: z.string().max(4096).default(''),
  /**
   * The newsroom's house style (quotation marks, lengths, how slugs are made), which the style
   * checker, `midad lint` and new slugs follow. Its digits are `digits` above: one setting for the
   * digits Midad writes and the digits it expects.
   */
  houseStyle: HouseStyleSettings.default(defaultHouseStyleSettings),
  theme: Theme.default('system'),
  spellcheck: SpellcheckMode.default('auto'),
})
export type Settings = z.infer<typeof Settings>

export const defaultSettings: Settings = {
  language: 'ar',
  digits: 'arabic',
  siteTitle: '',
  siteUrl: '',
  displayName: '',
  siteDir: '',
  houseStyle: defaultHouseStyleSettings,
  theme: 'system',
  spellcheck: 'auto',
}
