import type { Digits } from '../../shared/settings/settings-schema'

/**
 * Arabic with the Gregorian calendar (a locale such as ar-SA would default to the Hijri one) and
 * the house digits. ICU's plain `ar` names months the same way (نوفمبر) in both digit styles.
 */
const LOCALES: Record<Digits, string> = {
  arabic: 'ar-u-ca-gregory-nu-arab',
  western: 'ar-u-ca-gregory-nu-latn',
}

/**
 * A date as an Arabic news page writes it: "٢٤ نوفمبر ٢٠٢٦", or "24 نوفمبر 2026" under the
 * Western-digits house setting. In the time zone of the machine exporting, the newsroom's own.
 */
export function arabicDate(iso: string, digits: Digits, timeZone?: string): string {
  // A site export writes thousands of dates; a formatter takes longer to make than to use.
  const key = `${digits} ${timeZone ?? ''}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[digits], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(timeZone ? { timeZone } : {}),
    })
    formats.set(key, format)
  }
  return format.format(new Date(iso))
}

const formats = new Map<string, Intl.DateTimeFormat>()
