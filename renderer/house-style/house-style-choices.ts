import type { Digits } from '../../shared/settings/settings-schema'
import { slugFromTitle } from '../../shared/slugs/slug-from-title'
import type { QuoteStyle, SlugStyle } from '../../shared/style/house-style'
import type { Choice } from './house-style-fields'

/** The quotation marks a newsroom can choose, each with a quotation printed in it. */
export const QUOTE_CHOICES: Choice<QuoteStyle>[] = [
  { value: '«»', label: 'houseStyle.quotes.guillemets', example: 'قال: «نعم»' },
  { value: '“”', label: 'houseStyle.quotes.curly', example: 'قال: “نعم”' },
  { value: '""', label: 'houseStyle.quotes.straight', example: 'قال: "نعم"' },
]

/** The two kinds of digits, each shown in itself. */
export const DIGIT_CHOICES: Choice<Digits>[] = [
  { value: 'arabic', label: 'houseStyle.digits.arabic', example: '٠١٢٣٤٥٦٧٨٩' },
  { value: 'western', label: 'houseStyle.digits.western', example: '0123456789' },
]

/** The slug examples are made by the same code as real slugs, so they show what will happen. */
const SAMPLE_TITLE = 'اجتماع وزراء المالية'

/** How new slugs are made, each with the slug it makes of a sample headline. */
export const SLUG_CHOICES: Choice<SlugStyle>[] = (['arabic', 'latin'] as const).map((value) => ({
  value,
  label: `houseStyle.slugs.${value}`,
  example: slugFromTitle(SAMPLE_TITLE, value),
}))
