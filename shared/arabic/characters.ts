/**
 * Character classes of Arabic text handling. Ranges, not lists, so that every diacritic a
 * newsroom meets (harakat, Quranic marks, superscript alef) is covered.
 */

/** Harakat, tanwin, shadda, sukun, Quranic annotation marks and the superscript alef. */
export const ARABIC_DIACRITICS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u08D3-\u08FF]/g

/** Tatweel (kashida), the elongation stroke used for justification: ـ */
export const TATWEEL = /\u0640/g

/** Zero-width joiners/non-joiners and bidi marks that are invisible yet split words for a computer. */
export const INVISIBLE_FORMATTING = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g

/** Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹, Persian/Urdu) digits. */
export const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g

/** Converts Arabic-Indic and Extended Arabic-Indic digits to 0–9. */
export function toWesternDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (d) => {
    const code = d.charCodeAt(0)
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660)
  })
}

/** Converts 0–9 to Arabic-Indic digits (٠–٩). */
export function toArabicIndicDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)))
}
