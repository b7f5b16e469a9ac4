import { describe, expect, it } from 'vitest'
import { isValidSlug, MAX_SLUG_LENGTH } from '../../shared/publish/slug'
import { slugFromTitle } from '../../shared/slugs/slug-from-title'
import { transliterateChar } from '../../shared/slugs/transliterate'

const arabic = (title: string) => slugFromTitle(title, 'arabic')
const latin = (title: string) => slugFromTitle(title, 'latin')

describe('slugFromTitle, Arabic letters kept', () => {
  it('makes a headline with a colon and diacritics into hyphenated words', () => {
    expect(arabic('وزير المالية: الموازنة تُقرّ الأسبوع المقبل')).toBe(
      'وزير-المالية-الموازنة-تقر-الأسبوع-المقبل',
    )
  })

  it('drops tatweel and writes Arabic-Indic digits as 0–9, keeping a score’s hyphen', () => {
    expect(arabic('العـراق يفوز ٣-١')).toBe('العراق-يفوز-3-1')
    expect(arabic('الدورة ۱۴ للمهرجان')).toBe('الدورة-14-للمهرجان')
  })

  it('lower-cases Latin words in a mixed headline', () => {
    expect(arabic('قمة G20 في الرياض')).toBe('قمة-g20-في-الرياض')
    expect(arabic('«Apple» تطلق iPhone جديدًا')).toBe('apple-تطلق-iphone-جديدا')
  })

  it('keeps alef and hamza forms, which are different letters', () => {
    expect(arabic('إيران وآسيا والأردن: مؤتمر رئيس المجلس')).toBe(
      'إيران-وآسيا-والأردن-مؤتمر-رئيس-المجلس',
    )
  })

  it('treats Arabic and Latin punctuation, symbols and runs of spaces as one break', () => {
    expect(arabic('«الصين» تُعلن؛ ماذا بعد؟ — تحليل، وأرقام… 50%  &  أكثر!')).toBe(
      'الصين-تعلن-ماذا-بعد-تحليل-وأرقام-50-أكثر',
    )
    expect(arabic(' - «عاجل» - ')).toBe('عاجل')
  })

  it('ignores invisible formatting and joins a word split by a zero-width joiner', () => {
    expect(arabic('\u200fالحكو\u200cمة\u200e تجتمع\uFEFF')).toBe('الحكومة-تجتمع')
  })

  it('unfolds presentation forms and drops accents of Latin letters', () => {
    expect(arabic('ﻻ للحرب')).toBe('لا-للحرب')
    expect(arabic('Café in İstanbul: Don’t panic')).toBe('cafe-in-istanbul-dont-panic')
  })

  it('gives the same slug with and without diacritics, and in any Unicode form', () => {
    const bare = 'البنك المركزي يثبت الفائدة'
    expect(arabic('البنكُ المركزيُّ يُثبِّتُ الفائدةَ')).toBe(arabic(bare))
    expect(arabic('سأل الأمير'.normalize('NFD'))).toBe(arabic('سأل الأمير'))
  })

  it('returns an empty slug when there is nothing to make one from', () => {
    expect(arabic('')).toBe('')
    expect(arabic('؟!… «» ، ؛ — ـــ')).toBe('')
    expect(latin('Путин')).toBe('')
  })

  it('cuts a long headline between words, within the limit, without a trailing hyphen', () => {
    const words = 'اجتماع طارئ لوزراء الخارجية العرب لبحث التطورات الأخيرة في المنطقة'
    const title = `${words} `.repeat(10).slice(0, 300)
    const slug = arabic(title)
    expect([...slug].length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect([...slug].length).toBeGreaterThan(MAX_SLUG_LENGTH - 15)
    expect(slug).not.toMatch(/-$/)
    expect(title.replace(/ /g, '-').startsWith(slug)).toBe(true)
    expect(isValidSlug(slug)).toBe(true)
  })

  it('cuts a single word longer than the limit rather than losing it', () => {
    expect(arabic('ب'.repeat(150))).toBe('ب'.repeat(MAX_SLUG_LENGTH))
  })

  it('always makes a valid slug or none, whatever the title', () => {
    const titles = [
      'وزير المالية: الموازنة تُقرّ الأسبوع المقبل',
      '٣٫٥٪ نسبة النمو',
      'a_b__c',
      'ـــ ّ ً',
      'क़ानून हिन्दी',
      '😀 رمز تعبيري 🇵🇸',
      '\u0654ا',
      'x'.repeat(300),
      `${'ي'.repeat(99)} ب`,
    ]
    for (const title of titles)
      for (const style of ['arabic', 'latin'] as const) {
        const slug = slugFromTitle(title, style)
        expect(slug === '' || isValidSlug(slug), `${style}: ${title} → ${slug}`).toBe(true)
      }
  })
})

describe('slugFromTitle, transliterated to Latin', () => {
  it('spells Arabic letters readably', () => {
    expect(latin('وزير المالية: الموازنة تُقرّ الأسبوع المقبل')).toBe(
      'wzyr-almalya-almwazna-tqr-alasbwa-almqbl',
    )
    expect(latin('اجتماع وزراء المالية')).toBe('ajtmaa-wzra-almalya')
    expect(latin('العـراق يفوز ٣-١')).toBe('alaraq-yfwz-3-1')
    expect(latin('قمة G20 في الرياض')).toBe('qma-g20-fy-alryad')
  })

  it('uses digraphs for th, kh, dh, sh, gh and leaves the hamza seats out', () => {
    expect(latin('ثلاثة خبراء ذهبوا شرقا غربا')).toBe('thlatha-khbra-dhhbwa-shrqa-ghrba')
    expect(latin('مؤتمر رئيس إيران')).toBe('mtmr-rys-iyran')
  })

  it('spells Persian and Urdu letters', () => {
    expect(latin('پاکستان چین گفتگو')).toBe('pakstan-chyn-gftgw')
  })

  it('writes only ASCII letters, digits and hyphens', () => {
    const slug = latin('Ça ira: «Die Straße» في باريس وМосква ١٩٨٩')
    expect(slug).toBe('ca-ira-die-strasse-fy-barys-w-1989')
    expect(slug).toMatch(/^[a-z0-9-]+$/)
  })

  it('maps every Arabic letter to ASCII', () => {
    for (let code = 0x0621; code <= 0x064a; code++) {
      const char = String.fromCharCode(code)
      if (char === 'ـ' || !/\p{L}/u.test(char)) continue
      expect(transliterateChar(char), char).toMatch(/^[a-z]*$/)
    }
  })
})
