import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../shared/articles/doc-schema'
import { applyFix, fixAll } from '../../shared/style/apply-fix'
import { checkStyle } from '../../shared/style/check-style'
import type { Finding, RuleId } from '../../shared/style/finding'
import { defaultHouseStyle, HouseStyle } from '../../shared/style/house-style'

const emptyBody: DocNode = { type: 'doc', content: [] }

/** The findings of `rule` in a standfirst holding `text` (string offsets, no headline rules). */
function findings(text: string, rule: RuleId, style: Partial<HouseStyle> = {}): Finding[] {
  const house = HouseStyle.parse(style)
  return checkStyle({ title: '', standfirst: text, body: emptyBody }, house).filter(
    (finding) => finding.rule === rule,
  )
}

/** `text` with every fix of `rule` applied, end to start. */
function fixed(text: string, rule: RuleId, style: Partial<HouseStyle> = {}): string {
  return fixAll(findings(text, rule, style), rule).reduce(applyFix, text)
}

/** Each finding's range holds its text, as the panel and the CLI show it. */
function expectConsistent(text: string, list: Finding[]): void {
  for (const finding of list) expect(text.slice(finding.from, finding.to)).toBe(finding.text)
}

describe('house style', () => {
  it('defaults to guillemets, Arabic-Indic digits and news lengths', () => {
    expect(defaultHouseStyle).toEqual({
      quotes: '«»',
      digits: 'arabic',
      maxParagraphWords: 120,
      maxHeadlineChars: 90,
    })
    expect(HouseStyle.safeParse({ quotes: "''" }).success).toBe(false)
    expect(HouseStyle.safeParse({ maxParagraphWords: 0 }).success).toBe(false)
  })
})

describe('tatweel', () => {
  const copy = 'أعلنت الحكومة العـراقية اليوم عن خطة جديـــدة لدعم المزارعين في محافظة البصرة.'

  it('flags tatweel inside words and deletes it', () => {
    const list = findings(copy, 'tatweel')
    expect(list.map((f) => f.text)).toEqual(['ـ', 'ـــ'])
    expectConsistent(copy, list)
    expect(fixed(copy, 'tatweel')).toBe(
      'أعلنت الحكومة العراقية اليوم عن خطة جديدة لدعم المزارعين في محافظة البصرة.',
    )
  })

  it('keeps a haraka written between two strokes', () => {
    expect(fixed('زار الوفد العـَـراق أمس', 'tatweel')).toBe('زار الوفد العَراق أمس')
  })

  it('leaves tatweel that joins a prefix to a number or a Latin word', () => {
    expect(
      findings('فاز الفريق بـ٥٠ نقطة وبثت الـBBC المباراة كاملة بـ 3 كاميرات', 'tatweel'),
    ).toEqual([])
  })
})

describe('quotes', () => {
  const mixed = 'قال الوزير «سنبدأ غداً» وأضاف "لن نتراجع" ثم ختم “هذا وعدنا”.'

  it('replaces marks of other styles with the house pair, opening and closing', () => {
    const list = findings(mixed, 'quotes')
    expect(list.map((f) => f.fix?.insert)).toEqual(['«', '»', '«', '»'])
    expectConsistent(mixed, list)
    expect(fixed(mixed, 'quotes')).toBe(
      'قال الوزير «سنبدأ غداً» وأضاف «لن نتراجع» ثم ختم «هذا وعدنا».',
    )
  })

  it('flags an article that quotes consistently in a style that is not the house one', () => {
    const copy = 'وقال المتحدث "الحوار مستمر" مؤكداً أن "الأبواب مفتوحة"'
    expect(findings(copy, 'quotes')).toHaveLength(4)
    expect(fixed(copy, 'quotes')).toBe('وقال المتحدث «الحوار مستمر» مؤكداً أن «الأبواب مفتوحة»')
  })

  it('tells opening from closing by position, whichever curly mark was typed', () => {
    expect(fixed('وختم بقوله ”هذا وعدنا“ للناخبين', 'quotes')).toBe(
      'وختم بقوله «هذا وعدنا» للناخبين',
    )
  })

  it('follows another house style', () => {
    expect(fixed('قال «سنعود» ثم أضاف "قريباً"', 'quotes', { quotes: '“”' })).toBe(
      'قال “سنعود” ثم أضاف “قريباً”',
    )
    expect(findings('قال “سنعود” ثم غادر', 'quotes', { quotes: '“”' })).toEqual([])
  })

  it('flags a Latin quotation in Arabic prose, not the quotes of a Latin sentence', () => {
    expect(fixed('وكتب السفير "We will stay" في تغريدة', 'quotes')).toBe(
      'وكتب السفير «We will stay» في تغريدة',
    )
    expect(
      findings(
        'وكتب السفير بالإنجليزية: He called it "a turning point" for the region. ثم غادر',
        'quotes',
      ),
    ).toEqual([])
    expect(findings('The minister said "we are ready" on Monday.', 'quotes')).toEqual([])
  })

  it('leaves a quotation nested in a house-style one', () => {
    expect(findings('قال «وكما ردد المتظاهرون "لا للفساد" سنواصل» ثم غادر', 'quotes')).toEqual([])
  })

  it('does not take an inch mark for a quotation mark', () => {
    expect(findings('يأتي الجهاز بشاشة 15" وبطارية أكبر', 'quotes')).toEqual([])
  })
})

describe('latin punctuation', () => {
  const copy = 'وصل الوفد إلى بغداد, وعقد اجتماعاً مع المسؤولين; لكن هل ستنجح المفاوضات?'

  it('turns , ; ? between Arabic words into ، ؛ ؟', () => {
    const list = findings(copy, 'latin-punctuation')
    expect(list.map((f) => f.text)).toEqual([',', ';', '?'])
    expect(fixed(copy, 'latin-punctuation')).toBe(
      'وصل الوفد إلى بغداد، وعقد اجتماعاً مع المسؤولين؛ لكن هل ستنجح المفاوضات؟',
    )
  })

  it('counts a number before the mark as part of the Arabic sentence', () => {
    expect(fixed('افتتح المعرض عام 2024, وزاره الآلاف', 'latin-punctuation')).toBe(
      'افتتح المعرض عام 2024، وزاره الآلاف',
    )
  })

  it('leaves numbers, addresses, Latin sentences and marks after a Latin word', () => {
    for (const copy of [
      'بلغت قيمة الصفقة 1,000 دولار فقط',
      'التفاصيل على https://example.com/news?id=5,6;x للمتابعين',
      'وقال المتحدث: We are ready, and we will talk; why not? ثم انصرف',
      'أعلنت شركة Apple, التي تتخذ من كاليفورنيا مقراً, عن هاتف جديد',
    ])
      expect(findings(copy, 'latin-punctuation'), copy).toEqual(
        copy.includes('كاليفورنيا') ? [expect.objectContaining({ text: ',' })] : [],
      )
  })
})

describe('digits', () => {
  it('converts Western digits to the house Arabic-Indic ones, one finding per number', () => {
    const copy = 'ارتفع عدد الزوار إلى 2500 زائر في عام 2024 بزيادة 3.5 بالمئة'
    const list = findings(copy, 'digits')
    expect(list.map((f) => [f.text, f.fix?.insert])).toEqual([
      ['2500', '٢٥٠٠'],
      ['2024', '٢٠٢٤'],
      ['3.5', '٣.٥'],
    ])
    expectConsistent(copy, list)
  })

  it('converts Arabic-Indic and Persian digits under a Western house style', () => {
    expect(fixed('في عام ٢٠٢٤ سجل ۱۲ هدفاً', 'digits', { digits: 'western' })).toBe(
      'في عام 2024 سجل 12 هدفاً',
    )
    expect(findings('في عام 2024', 'digits', { digits: 'western' })).toEqual([])
    expect(fixed('سجل ۱۲ هدفاً', 'digits')).toBe('سجل ١٢ هدفاً')
  })

  it('leaves product names, Latin text, addresses and e-mail', () => {
    for (const copy of [
      'أطلقت Apple هاتف iPhone 15 في سبتمبر',
      'هبطت طائرة A320 بسلام وعلى متنها ركاب قمة G20',
      '15 Pro هو الطراز الأغلى',
      'The report covers 2023 and 2024 in full.',
      'اقرأ التقرير على https://example.com/2024/05/story-12',
      'راسلونا على news2024@example.com',
    ])
      expect(findings(copy, 'digits'), copy).toEqual([])
  })

  it('still flags a price written after a product name', () => {
    const list = findings('بلغ سعر iPhone 15 نحو 1,200 دولار', 'digits')
    expect(list.map((f) => [f.text, f.fix?.insert])).toEqual([['1,200', '١,٢٠٠']])
  })
})

describe('spaces', () => {
  it('flags doubled spaces and leaves one', () => {
    const copy = 'قال  الوزير إن   الحكومة ستعمل'
    expect(findings(copy, 'double-space').map((f) => f.text)).toEqual(['  ', '   '])
    expect(fixed(copy, 'double-space')).toBe('قال الوزير إن الحكومة ستعمل')
    expect(findings('قال الوزير إن الحكومة ستعمل', 'double-space')).toEqual([])
  })

  it('flags a space before punctuation, Arabic and Latin', () => {
    const copy = 'وصل الوفد إلى بغداد ، وعقد اجتماعاً ؛ ثم غادر . Then it left !'
    const list = findings(copy, 'space-before-punctuation')
    expect(list).toHaveLength(4)
    expectConsistent(copy, list)
    expect(fixed(copy, 'space-before-punctuation')).toBe(
      'وصل الوفد إلى بغداد، وعقد اجتماعاً؛ ثم غادر. Then it left!',
    )
  })

  it('leaves an ellipsis and a mark that starts a token', () => {
    for (const copy of ['وانتظر الجميع ... ثم جاء الخبر', 'يعمل البرنامج على منصة .NET الحديثة'])
      expect(findings(copy, 'space-before-punctuation'), copy).toEqual([])
  })

  it('flags a missing space after punctuation and adds it', () => {
    const copy = 'وصل الوفد إلى بغداد،وعقد اجتماعاً.ثم غادر وأضاف:«سنعود»'
    const list = findings(copy, 'missing-space-after-punctuation')
    expect(list.map((f) => f.text)).toEqual(['،', '.', ':'])
    expect(fixed(copy, 'missing-space-after-punctuation')).toBe(
      'وصل الوفد إلى بغداد، وعقد اجتماعاً. ثم غادر وأضاف: «سنعود»',
    )
  })

  it('flags an Arabic mark typed on the wrong side of a space', () => {
    const copy = 'وصل الوفد ،وعقد اجتماعاً'
    expect(fixed(fixed(copy, 'missing-space-after-punctuation'), 'space-before-punctuation')).toBe(
      'وصل الوفد، وعقد اجتماعاً',
    )
  })

  it('leaves numbers, times, addresses, abbreviations and ellipses', () => {
    for (const copy of [
      'نمو بنسبة 3.5 بالمئة وإيرادات 1,000 مليون عند الساعة 10:30 صباحاً',
      'نشر الخبر على موقع aljazeera.net ثم على https://example.com/a,b:c',
      'He moved to the U.S.A in 2010, e.g. to study.',
      'وانتظر الجميع...ثم جاء الخبر',
      'يعمل البرنامج على منصة .NET الحديثة',
    ])
      expect(findings(copy, 'missing-space-after-punctuation'), copy).toEqual([])
  })
})

describe('repeated words', () => {
  it('flags a word written twice and removes the second', () => {
    const copy = 'قال الوزير إن الحكومة ستعمل في في العام المقبل على على خطة'
    const list = findings(copy, 'repeated-word')
    expect(list.map((f) => f.text)).toEqual([' في', ' على'])
    expect(fixed(copy, 'repeated-word')).toBe('قال الوزير إن الحكومة ستعمل في العام المقبل على خطة')
  })

  it('compares words as search does, keeping the first as written', () => {
    expect(fixed('وصل الموكب إلى الى المدينة', 'repeated-word')).toBe('وصل الموكب إلى المدينة')
    expect(fixed('زار العـراق العراق مرتين', 'repeated-word')).toBe('زار العـراق مرتين')
  })

  it('fixes a word written three times in one go', () => {
    expect(fixed('ذهب إلى إلى إلى السوق', 'repeated-word')).toBe('ذهب إلى السوق')
  })

  it('leaves reduplication, punctuation between, and numbers', () => {
    for (const copy of [
      'بدأ الاقتصاد يتعافى رويداً رويداً',
      'في، في المقابل',
      'انتهت المباراة 2 2 بالتعادل',
    ])
      expect(findings(copy, 'repeated-word'), copy).toEqual([])
  })
})

describe('unbalanced marks', () => {
  it('flags the mark without a partner, with no fix', () => {
    for (const [copy, mark] of [
      ['قال الوزير «سنعود غداً إلى طاولة الحوار', '«'],
      ['وأكد المصدر (بحسب رويترز أن الاتفاق قريب', '('],
      ['وتابع أن الاتفاق قريب] دون تفاصيل', ']'],
      ['قال "سنعود غداً', '"'],
    ] as const) {
      const list = findings(copy, 'unbalanced')
      expect(
        list.map((f) => [f.text, f.fix]),
        copy,
      ).toEqual([[mark, null]])
    }
  })

  it('leaves balanced marks, list numbering, inches and smileys', () => {
    for (const copy of [
      'قال «سنعود» (بحسب رويترز) [تحديث] ثم “غادر”',
      '1) البند الأول من الاتفاق',
      'أ) البند الأول',
      'شاشة 15" بدقة عالية :)',
      'انظر https://en.wikipedia.org/wiki/Foo_(bar ثم عد',
    ])
      expect(findings(copy, 'unbalanced'), copy).toEqual([])
  })
})

describe('lengths', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `كلمة${i}`).join(' ')

  it('flags a body paragraph over the word limit, not a heading', () => {
    const long = words(130)
    const body: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: long }] },
        { type: 'paragraph', content: [{ type: 'text', text: long }] },
      ],
    }
    const list = checkStyle({ title: 'عنوان', body }, defaultHouseStyle).filter(
      (f) => f.rule === 'long-paragraph',
    )
    expect(list).toHaveLength(1)
    expect(list[0]?.fix).toBeNull()
    expect(list[0]?.text).toBe(long)
    const loose = HouseStyle.parse({ maxParagraphWords: 200 })
    expect(
      checkStyle({ title: 'عنوان', body }, loose).some((f) => f.rule === 'long-paragraph'),
    ).toBe(false)
  })

  it('flags a headline over the character limit, counting a letter with harakat as one', () => {
    const headline = (n: number) => 'ب'.repeat(n)
    const check = (title: string) =>
      checkStyle({ title, body: emptyBody }, defaultHouseStyle).filter(
        (f) => f.rule === 'long-headline',
      )
    expect(check(headline(91))).toHaveLength(1)
    expect(check(headline(90))).toEqual([])
    expect(check('بَ'.repeat(90))).toEqual([])
    expect(check(` ${headline(95)} `)[0]).toMatchObject({ from: 1, to: 96, fix: null })
  })
})

describe('code-marked text', () => {
  it('is left alone by the typography rules', () => {
    const body: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'اكتب الأمر ' },
            { type: 'text', text: 'npm  install x@2, y?', marks: [{ type: 'code' }] },
            { type: 'text', text: ' في الطرفية' },
          ],
        },
      ],
    }
    expect(checkStyle({ title: '', body }, defaultHouseStyle)).toEqual([])
  })
})
