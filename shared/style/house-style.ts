import { z } from 'zod'
import { Digits } from '../settings/digits'

/**
 * The quotation marks a newsroom prints, as the opening then the closing mark in logical
 * (typing) order: guillemets «…» (the default: what most Arabic news sites print), curly “…”, or
 * straight "…".
 */
export const QuoteStyle = z.enum(['«»', '“”', '""'])
export type QuoteStyle = z.infer<typeof QuoteStyle>

/**
 * A newsroom's house style: what the style checker holds copy to. Each newsroom decides its own
 * quotation marks, digits and lengths, so these are settings with defaults rather than rules baked
 * into the checker; every key has a default so a settings file written before a key existed still
 * reads.
 */
export const HouseStyle = z.object({
  /** Quotation marks other than these are flagged and replaced by these. */
  quotes: QuoteStyle.default('«»'),
  /**
   * Digits in the text: Arabic-Indic (٠–٩, the default) or Western (0–9). The same enum as the
   * digits Midad writes itself (`Settings.digits`), so one word means one thing.
   */
  digits: Digits.default('arabic'),
  /**
   * Words in one paragraph before it is flagged. News paragraphs are short; 120 words is about
   * a screen of a phone, beyond which readers skim.
   */
  maxParagraphWords: z.number().int().min(10).max(2000).default(120),
  /**
   * Characters (as a reader counts them) in a headline before it is flagged: 90 fits a
   * two-line headline on a phone and most home-page cards.
   */
  maxHeadlineChars: z.number().int().min(10).max(500).default(90),
})
export type HouseStyle = z.infer<typeof HouseStyle>

/** The house style a newsroom gets before it sets its own. */
export const defaultHouseStyle: HouseStyle = HouseStyle.parse({})

/**
 * How a new article's slug is made from its title: keep the Arabic letters (`اجتماع-وزراء-المالية`,
 * percent-encoded in URLs, the default, as WordPress does) or transliterate them to Latin
 * (`ajtmaa-wzra-almalya`) for sites whose addresses must stay ASCII.
 */
export const SlugStyle = z.enum(['arabic', 'latin'])
export type SlugStyle = z.infer<typeof SlugStyle>

const paragraphWords = z.number().int().min(10).max(2000)
const headlineChars = z.number().int().min(10).max(500)

/**
 * The house style as stored in the settings: {@link HouseStyle} without its digits (which are the
 * settings' own `digits`, so there is one digits setting), plus how slugs are made.
 */
export const HouseStyleSettings = z.object({
  quotes: QuoteStyle.default('«»'),
  maxParagraphWords: paragraphWords.default(120),
  maxHeadlineChars: headlineChars.default(90),
  slugs: SlugStyle.default('arabic'),
})
export type HouseStyleSettings = z.infer<typeof HouseStyleSettings>

/** A change to some of the house style's settings (the rest stay as they are). */
export const HouseStyleChanges = z
  .object({
    quotes: QuoteStyle,
    maxParagraphWords: paragraphWords,
    maxHeadlineChars: headlineChars,
    slugs: SlugStyle,
  })
  .partial()
  .strict()
export type HouseStyleChanges = z.infer<typeof HouseStyleChanges>

export const defaultHouseStyleSettings: HouseStyleSettings = HouseStyleSettings.parse({})

/** The style the checker holds copy to, from the settings: their house style and their digits. */
export function houseStyleOf(settings: {
  digits: Digits
  houseStyle: HouseStyleSettings
}): HouseStyle {
  const { quotes, maxParagraphWords, maxHeadlineChars } = settings.houseStyle
  return { quotes, digits: settings.digits, maxParagraphWords, maxHeadlineChars }
}
