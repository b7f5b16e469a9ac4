import type { Digits, Settings } from '../../shared/settings/settings-schema'
import type { HouseStyleSettings, QuoteStyle, SlugStyle } from '../../shared/style/house-style'

/** The House style screen's fields as chosen and typed: the lengths stay text until saved. */
export interface HouseStyleValues {
  quotes: QuoteStyle
  digits: Digits
  maxParagraphWords: string
  maxHeadlineChars: string
  slugs: SlugStyle
}

/** The two length fields. */
export type LengthField = 'maxParagraphWords' | 'maxHeadlineChars'

/** Each length's bounds: the same as the settings schema's, so the form refuses what it would. */
export const LENGTH_BOUNDS: Record<LengthField, { min: number; max: number }> = {
  maxParagraphWords: { min: 10, max: 2000 },
  maxHeadlineChars: { min: 10, max: 500 },
}

/** The length fields that cannot be saved (then nothing is). */
export type HouseStyleErrors = Partial<Record<LengthField, true>>

/** What `settings.update` is sent when the screen is saved. */
export interface HouseStyleUpdate {
  digits: Digits
  houseStyle: HouseStyleSettings
}

/** The fields showing the stored settings (`digits` as the header shows them, when it does). */
export function settingsToValues(settings: Settings, digits?: Digits): HouseStyleValues {
  const { quotes, maxParagraphWords, maxHeadlineChars, slugs } = settings.houseStyle
  return {
    quotes,
    digits: digits ?? settings.digits,
    maxParagraphWords: String(maxParagraphWords),
    maxHeadlineChars: String(maxHeadlineChars),
    slugs,
  }
}

/**
 * A length as typed, in Western or Arabic-Indic digits (both are typed in Arabic newsrooms), or
 * null when it is not a whole number within its bounds.
 */
export function parseLength(text: string, field: LengthField): number | null {
  const western = text.trim().replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
  if (!/^\d{1,6}$/.test(western)) return null
  const value = Number(western)
  const { min, max } = LENGTH_BOUNDS[field]
  return value >= min && value <= max ? value : null
}

/** The update to send, or which fields are wrong (then nothing is sent). */
export function valuesToUpdate(
  values: HouseStyleValues,
): { update: HouseStyleUpdate } | { errors: HouseStyleErrors } {
  const maxParagraphWords = parseLength(values.maxParagraphWords, 'maxParagraphWords')
  const maxHeadlineChars = parseLength(values.maxHeadlineChars, 'maxHeadlineChars')
  if (maxParagraphWords === null || maxHeadlineChars === null) {
    const errors: HouseStyleErrors = {}
    if (maxParagraphWords === null) errors.maxParagraphWords = true
    if (maxHeadlineChars === null) errors.maxHeadlineChars = true
    return { errors }
  }
  const { quotes, digits, slugs } = values
  return { update: { digits, houseStyle: { quotes, maxParagraphWords, maxHeadlineChars, slugs } } }
}
