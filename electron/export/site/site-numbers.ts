import type { Digits } from '../../../shared/settings/settings-schema'

const formats = new Map<Digits, Intl.NumberFormat>()

/** A count as the site writes it: with the house digits (٢٠٠ or 200), grouped (١٬٠٠٠). */
export function siteNumber(value: number, digits: Digits): string {
  let format = formats.get(digits)
  if (!format) {
    format = new Intl.NumberFormat(digits === 'arabic' ? 'ar-u-nu-arab' : 'ar-u-nu-latn')
    formats.set(digits, format)
  }
  return format.format(value)
}
