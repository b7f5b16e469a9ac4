/**
 * Arabic letters (and the Persian and Urdu letters Arabic copy quotes) in Latin, for newsrooms
 * whose addresses must stay ASCII. A readable, one-way spelling, not a scholarly romanization:
 * no vowels are invented (Arabic does not write short ones), every letter becomes at most two
 * ASCII letters, and what has no sound of its own is left out. The choices:
 * - consonants that share a Latin letter share it (ص s, ض d, ط t, ظ z), as news sites write them;
 * - digraphs for the letters English spells with two: ث th, خ kh, ذ dh, ش sh, غ gh;
 * - ع is written "a" (it usually carries the a-sound in names: عمر amr, عراق araq);
 * - the alef in any form is "a", but إ (hamza under alef) is "i"; ة and ى are "a";
 * - the lone hamza and the hamza seats ء ؤ ئ are left out (they are a glottal stop).
 */
const ARABIC_LATIN: Readonly<Record<string, string>> = {
  ء: '',
  آ: 'a',
  أ: 'a',
  ؤ: '',
  إ: 'i',
  ئ: '',
  ا: 'a',
  ٱ: 'a',
  ب: 'b',
  ة: 'a',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ى: 'a',
  ي: 'y',
  // Persian, Urdu and Maghrebi letters, as those languages are usually written in Latin.
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  ڤ: 'v',
  ڨ: 'g',
  ک: 'k',
  گ: 'g',
  ی: 'y',
  ۍ: 'y',
  ې: 'e',
  ے: 'e',
  ں: 'n',
  ہ: 'h',
  ھ: 'h',
  ۀ: 'h',
  ۃ: 'a',
  ٹ: 't',
  ڈ: 'd',
  ڑ: 'r',
  ۆ: 'o',
  ێ: 'e',
}

/** Latin letters that do not decompose into a base letter and an accent. */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
}

/**
 * A lower-case Latin letter without its accents ("é" → "e", "ß" → "ss"), or the letter itself
 * when it is not a Latin one. Accents would be percent-encoded in an address for nothing.
 */
export function plainLatin(char: string): string {
  if (!/\p{Script=Latin}/u.test(char)) return char
  return LATIN_SPECIAL[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * One (lower-case, NFC) character in ASCII for a Latin slug: Arabic-script letters from the
 * table above (an unknown one is left out), Latin letters without accents, digits as they are;
 * null for anything else (other scripts, punctuation), which separates words.
 */
export function transliterateChar(char: string): string | null {
  const arabic = ARABIC_LATIN[char]
  if (arabic !== undefined) return arabic
  if (/[a-z0-9]/.test(char)) return char
  if (/\p{Script=Latin}/u.test(char)) {
    const plain = plainLatin(char)
    return /^[a-z]+$/.test(plain) ? plain : null
  }
  if (/\p{Script=Arabic}/u.test(char) && /\p{L}/u.test(char)) return ''
  return null
}
