import { describe, expect, it } from 'vitest'
import { toArabicIndicDigits, toWesternDigits } from '../../shared/arabic/characters'
import { matchesSearch, normalizeForSearch } from '../../shared/arabic/normalize'
import { titleSearch } from '../../shared/arabic/title-search'
import { countWords, readingMinutes } from '../../shared/arabic/word-count'
import type { Doc } from '../../shared/articles/doc-schema'
import { docToPlainText } from '../../shared/doc/doc-text'

describe('search normalisation', () => {
  it('matches a word written with tatweel or with diacritics', () => {
    expect(matchesSearch('أزمة المياه في العـراق', 'العراق')).toBe(true)
    expect(matchesSearch('أزمة المياه في الْعِرَاق', 'العراق')).toBe(true)
    expect(matchesSearch('أزمة المياه في العراق', 'العـــراق')).toBe(true)
    expect(matchesSearch('أزمة المياه في العراق', 'الْعِرَاق')).toBe(true)
    expect(matchesSearch('أزمة المياه في سوريا', 'العراق')).toBe(false)
  })

  it('folds the alef variants together', () => {
    const variants = ['أحمد', 'إحمد', 'آحمد', 'احمد']
    for (const a of variants) {
      expect(normalizeForSearch(a)).toBe(normalizeForSearch('احمد'))
      for (const b of variants) expect(matchesSearch(`قال ${a} إن`, b), `${a}/${b}`).toBe(true)
    }
    expect(matchesSearch('قال أحمد', 'محمود')).toBe(false)
  })

  it('folds alef maqsura with yaa, and taa marbuta with haa', () => {
    expect(matchesSearch('وصل إلى المستشفى', 'مستشفي')).toBe(true)
    expect(matchesSearch('وصل إلي المستشفي', 'المستشفى')).toBe(true)
    expect(matchesSearch('افتتاح مدرسة جديدة', 'مدرسه')).toBe(true)
    expect(matchesSearch('افتتاح مدرسه جديده', 'مدرسة')).toBe(true)
  })

  it('matches Arabic-Indic digits with Western digits, both ways', () => {
    expect(matchesSearch('انطلقت دورة عام ٢٠٢٦', '2026')).toBe(true)
    expect(matchesSearch('انطلقت دورة عام 2026', '٢٠٢٦')).toBe(true)
    expect(matchesSearch('انطلقت دورة عام ٢٠٢٥', '2026')).toBe(false)
  })

  it('ignores Latin letter case', () => {
    expect(matchesSearch('According to Reuters', 'REUTERS')).toBe(true)
    expect(matchesSearch('ACCORDING TO REUTERS', 'reuters')).toBe(true)
  })

  it('requires every word of a multi-word query', () => {
    const text = 'العراق وسوريا في مواجهة موسم جفاف جديد'
    expect(matchesSearch(text, 'العراق جفاف')).toBe(true)
    expect(matchesSearch(text, '  جفاف   العراق ')).toBe(true)
    expect(matchesSearch(text, 'العراق فيضان')).toBe(false)
  })
})

describe('countWords', () => {
  it('does not split or add words for tatweel and diacritics', () => {
    expect(countWords('العـــراق')).toBe(1)
    expect(countWords('مُحَمَّدٌ رَسُولُ')).toBe(2)
    expect(countWords('العراق ـــ اليوم')).toBe(2)
    expect(countWords('العراق \u064B اليوم')).toBe(2)
  })

  it('does not count punctuation alone as a word', () => {
    expect(countWords('،')).toBe(0)
    expect(countWords('—')).toBe(0)
    expect(countWords('«»')).toBe(0)
    expect(countWords('« — » ، ؛ ؟')).toBe(0)
    expect(countWords('قال: «نعم» — ثم غادر.')).toBe(4)
  })

  it('counts a mixed Arabic and English sentence word by word', () => {
    expect(countWords('أعلنت شركة OpenAI عن نموذج GPT-5 في 2026')).toBe(8)
  })

  it('does not split a word on a zero-width non-joiner', () => {
    expect(countWords('می\u200Cخواهم')).toBe(1)
    expect(countWords('كلمة\u200Cواحدة وأخرى')).toBe(2)
  })

  it('counts words separated by a no-break space or a new line', () => {
    expect(countWords('كلمة\u00A0أخرى')).toBe(2)
    expect(countWords('كلمة\nأخرى\tثالثة')).toBe(3)
  })

  it('gives 0 for empty or blank text', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('   \n\t ')).toBe(0)
  })
})

describe('readingMinutes', () => {
  it('is 0 only for no words, then rounds up at 180 words a minute', () => {
    expect(readingMinutes(0)).toBe(0)
    expect(readingMinutes(1)).toBe(1)
    expect(readingMinutes(180)).toBe(1)
    expect(readingMinutes(181)).toBe(2)
    expect(readingMinutes(360)).toBe(2)
    expect(readingMinutes(361)).toBe(3)
  })
})

describe('digit conversion', () => {
  it('converts Arabic-Indic and Persian digits to Western digits', () => {
    expect(toWesternDigits('٢٠٢٦')).toBe('2026')
    expect(toWesternDigits('۱۴۰۵')).toBe('1405')
    expect(toWesternDigits('العدد ٠١٢٣٤٥٦٧٨٩')).toBe('العدد 0123456789')
  })

  it('round-trips between Western and Arabic-Indic digits', () => {
    expect(toArabicIndicDigits('2026')).toBe('٢٠٢٦')
    expect(toArabicIndicDigits('في 0123456789')).toBe('في ٠١٢٣٤٥٦٧٨٩')
    expect(toWesternDigits(toArabicIndicDigits('0123456789'))).toBe('0123456789')
    expect(toArabicIndicDigits(toWesternDigits('٠١٢٣٤٥٦٧٨٩'))).toBe('٠١٢٣٤٥٦٧٨٩')
  })
})

describe('docToPlainText', () => {
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

  it('separates paragraphs so their words do not merge', () => {
    const doc: Doc = { type: 'doc', content: [paragraph('كلمة'), paragraph('أخرى')] }
    expect(countWords(docToPlainText(doc))).toBe(2)
  })

  it('separates headings, list items and hard breaks too', () => {
    const doc: Doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'عنوان' }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [paragraph('أول')] },
            { type: 'listItem', content: [paragraph('ثان')] },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'سطر' },
            { type: 'hardBreak' },
            { type: 'text', text: 'تال' },
          ],
        },
      ],
    }
    expect(countWords(docToPlainText(doc))).toBe(5)
  })

  it('keeps a partly bold word whole', () => {
    const doc: Doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'مر' },
            { type: 'text', text: 'حبا', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    }
    expect(docToPlainText(doc)).toBe('مرحبا')
  })
})

describe('titleSearch', () => {
  const items = [
    { title: 'العراق وسوريا في مواجهة الجفاف' },
    { title: 'الْعِرَاق يفوز' },
    { title: 'Economy: البنك المركزي' },
  ]

  it('matches as matchesSearch does, for every word of the query', () => {
    const search = titleSearch(items)
    for (const query of ['العـراق', 'الجفاف العراق', 'economy', 'بنك', '']) {
      expect(search(query)).toEqual(items.filter((i) => matchesSearch(i.title, query)))
    }
    expect(search('العراق').map((i) => i.title)).toHaveLength(2)
  })

  it('folds each title once, across lists that share titles', () => {
    const cache = new Map<string, string>()
    titleSearch(items, cache)
    expect(cache.get('الْعِرَاق يفوز')).toBe('العراق يفوز')
    const again = titleSearch([...items, { title: 'جديد' }], cache)
    expect(cache.size).toBe(4)
    expect(again('جديد')).toEqual([{ title: 'جديد' }])
  })
})
