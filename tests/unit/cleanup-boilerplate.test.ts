import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { htmlToArticle } from '../../electron/import/html-to-doc'
import { textToArticle } from '../../electron/import/text-to-doc'
import type { DocNode } from '../../shared/articles/doc-schema'
import { cleanDoc, type ReasonId } from '../../shared/cleanup/detect-boilerplate'
import { doc, figure, h, linkP, list, p, quote } from '../fixtures/scraped/build-doc'
import { expectAccounted, keptTexts, verdicts } from '../fixtures/scraped/verdicts'

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/scraped/${name}`, import.meta.url), 'utf8')

const TITLE = 'ارتفاع أسعار الذهب في الأسواق المحلية مع تراجع الدولار'

describe('cleanDoc on a scraped WordPress news post (pasted as text)', () => {
  const article = textToArticle(fixture('gold-prices.txt'))

  it('removes every piece of furniture with its reason and keeps every real paragraph', () => {
    expect(article.title).toBe(TITLE)
    const expected: (ReasonId | 'kept')[] = [
      'theme-control', // القائمة
      'theme-control', // بحث
      'repeated-title', // breadcrumbs ending with the headline
      'fragment', // the date under the headline, next to the breadcrumbs
      'share', // شـارك (with tatweel)
      'share', // فيسبوك تويتر واتساب تيليجرام
      'kept',
      'kept',
      'related', // اقرأ ايضا: … (inline, no hamza, no tanwin)
      'kept', // the headline inside a longer sentence
      'kept', // a short quote in the middle
      'kept',
      'kept', // «اقرأ أيضاً ما بين السطور…» inside a sentence
      'kept', // سيترك تعليقاً inside a sentence
      'kept',
      'share', // شارك الخبر عبر
      'share', // فيسبوك | تويتر | واتساب | طباعة
      'fragment', // |
      'related', // مقالات ذات صلة
      'related',
      'repeated-title', // the widget lists the article itself
      'related',
      'fragment', // تعليق واحد
      'comment-form', // اترك تعليقاً
      'comment-form', // لن يتم نشر عنوان بريدك الإلكتروني…
      'comment-form', // التعليق *
      'comment-form', // الاسم *
      'comment-form', // البريد الإلكتروني
      'fragment', // *
      'comment-form', // الموقع الإلكتروني
      'comment-form', // احفظ اسمي…
      'comment-form', // إرسال التعليق
      'fragment', // 0
      'fragment', // 12 مايو 2024
      'theme-control', // زر الذهاب إلى الأعلى
      'theme-control', // إغلاق
    ]
    expect(verdicts(article.body, article.title)).toEqual(expected)
  })

  it('keeps the story word for word', () => {
    const kept = keptTexts(article.body, article.title)
    expect(kept).toHaveLength(8)
    expect(kept[0]).toMatch(/^القاهرة – ارتفعت أسعار الذهب/)
    expect(kept).toContain('«الناس تشتري الآن خوفاً من الغد»')
    expect(kept.join('\n')).toContain('سيترك تعليقاً على القرار')
    expect(kept.join('\n')).toContain('«اقرأ أيضاً ما بين السطور')
  })

  it('accounts for every block it drops', () => {
    expectAccounted(article.body, article.title)
    expect(cleanDoc(article.body, { title: article.title }).removed).toHaveLength(28)
  })
})

describe('cleanDoc on the same post saved as HTML', () => {
  const article = htmlToArticle(fixture('gold-prices.html'))

  it('removes the furniture the HTML import leaves and keeps the story', () => {
    expect(article.title).toBe(TITLE)
    expect(verdicts(article.body, article.title)).toEqual([
      'theme-control', // the menu: four links
      'theme-control', // القائمة
      'theme-control', // بحث
      'repeated-title', // breadcrumbs
      'fragment', // الأحد 12 مايو 2024 تعليق واحد
      'share', // مشاركة فيسبوك تويتر واتساب تيليجرام طباعة (linked)
      'kept',
      'kept',
      'related', // اقـرأ أيضـاً: <link> (tatweel)
      'kept', // the sub-heading
      'kept',
      'kept', // the quote
      'kept',
      'related', // مواضيع ذات صلة
      'related', // its list of links
      'comment-form', // اترك تعليقاً إلغاء الرد (the form itself is dropped by the import)
      'theme-control', // زر الذهاب إلى الأعلى
      'theme-control', // إغلاق
      'theme-control', // جميع الحقوق محفوظة © 2024 موقع الخبر
    ])
    expectAccounted(article.body, article.title)
  })
})

describe('near misses stay', () => {
  const title = 'البرلمان يقر قانون الإيجارات الجديد بعد جلسة ماراثونية'

  const body = doc(
    p(
      'صوّت مجلس النواب مساء الثلاثاء بأغلبية 312 صوتاً على قانون الإيجارات الجديد، بعد جلسة ماراثونية استمرت أكثر من عشر ساعات.',
    ),
    p('وقال إنه سيترك تعليقاً على القرار لاحقاً'),
    p('«هذا يوم تاريخي للمستأجرين»'),
    p('اقرأ التقرير الكامل على موقع المجلس لمعرفة تفاصيل المواد الخلافية في القانون الجديد.'),
    h('الاسم'),
    p(
      'وأكد رئيس المجلس أن البرلمان يقر قانون الإيجارات الجديد بعد جلسة ماراثونية شهدت نقاشاً حاداً بين الكتل النيابية حول مدة العقود.',
    ),
    p('12 مايو 2024'),
    p('فيسبوك وتويتر وواتساب تحجب حسابات وهمية'),
    p('شارك على مدى يومين أكثر من 300 خبير في مؤتمر الإسكان'),
    p('آخر الأخبار تشير إلى انفراج قريب في أزمة الإيجارات'),
    p(
      'وانتشر مقطع من الجلسة على فيسبوك وتويتر خلال دقائق، وتداوله آلاف المستخدمين مع تعليقات متباينة بين مؤيد ومعارض.',
    ),
    figure('media/parliament.jpg', 'اترك تعليقاً'),
    p(
      'ويدخل القانون حيز التنفيذ بعد نشره في الجريدة الرسمية، على أن تصدر اللائحة التنفيذية خلال ثلاثة أشهر.',
    ),
    linkP('المصدر: وكالة الأنباء الرسمية', 'https://example.com/agency'),
    p('(أ ف ب)'),
  )

  it('keeps real sentences with phrases, short quotes, lone words and dates in the story', () => {
    expect(verdicts(body, title)).toEqual(Array(15).fill('kept'))
  })

  it('still removes a paragraph that IS the headline', () => {
    const repeated = doc(p(title), ...(body.content ?? []))
    expect(verdicts(repeated, title)[0]).toBe('repeated-title')
    expect(verdicts(doc(p(`${title} - 12 مايو`)), title)).toEqual(['repeated-title'])
    expect(
      verdicts(doc(p('البرلمان يُقِرّ قانون الإيجـارات الجديد بعد جلسة ماراثونية.')), title),
    ).toEqual(['repeated-title'])
  })

  it('matches a two-word headline only exactly, and no headline without a title', () => {
    expect(verdicts(doc(p('عاجل: زلزال')), 'عاجل زلزال')).toEqual(['repeated-title'])
    expect(verdicts(doc(p('زلزال عاجل في المدينة')), 'عاجل زلزال')).toEqual(['kept'])
    expect(verdicts(doc(p(title)))).toEqual(['kept'])
  })
})

describe('empty paragraphs and fragments', () => {
  const real = p(
    'وأوضح المتحدث باسم الشرطة أن التحقيقات ما زالت جارية، وأن فريقاً من خبراء الأدلة الجنائية وصل إلى موقع الحادث صباح اليوم.',
  )

  it('removes blank and separator-only paragraphs as empty', () => {
    const body = doc(
      p(),
      real,
      p('   '),
      { type: 'paragraph', content: [{ type: 'hardBreak' }, { type: 'hardBreak' }] },
      p('\u200c\u200f'),
      p('• • •'),
      real,
      h('—'),
    )
    expect(verdicts(body)).toEqual([
      'empty',
      'kept',
      'empty',
      'empty',
      'empty',
      'empty',
      'kept',
      'empty',
    ])
    expectAccounted(body)
  })

  it('names leftovers next to furniture as fragments, and keeps them in the story', () => {
    const body = doc(
      real,
      p('2024'),
      real,
      p('منذ ساعتين'),
      p('زر الذهاب إلى الأعلى'),
      p('*'),
      p('3 تعليقات'),
    )
    expect(verdicts(body)).toEqual([
      'kept',
      'kept',
      'kept',
      'fragment',
      'theme-control',
      'fragment',
      'fragment',
    ])
  })

  it('never judges figures, and a document without furniture comes back whole', () => {
    const body = doc(figure('media/a.jpg'), real, figure('media/b.jpg', 'شارك'))
    const result = cleanDoc(body, { title: 'عنوان' })
    expect(result.removed).toEqual([])
    expect(result.doc).toEqual(body)
  })

  it('reports a document of furniture alone as fully removed, not as an error', () => {
    const result = cleanDoc(doc(p('اترك تعليقاً'), p(), p('إرسال التعليق')))
    expect(result.doc.content).toEqual([])
    expect(result.removed.map((entry) => entry.reason)).toEqual([
      'comment-form',
      'empty',
      'comment-form',
    ])
  })
})

describe('related lists by position and link density', () => {
  const story = [
    p(
      'قررت لجنة الانتخابات تمديد فترة تسجيل الناخبين أسبوعاً إضافياً، بعد إقبال فاق التوقعات في المحافظات الشمالية خلال الأيام الأخيرة.',
    ),
    p(
      'وقالت اللجنة إن عدد المسجلين تجاوز أربعة ملايين ناخب، وإن مراكز التسجيل ستفتح أبوابها حتى العاشرة مساءً.',
    ),
  ]

  it('takes a run of linked headlines after the story even without a heading', () => {
    const body = doc(
      ...story,
      linkP('اللجنة تعلن مواعيد الحملات الانتخابية'),
      linkP('أحزاب المعارضة تقرر المشاركة في الانتخابات'),
      list([linkP('كم يبلغ عدد الناخبين في الخارج؟'), linkP('خريطة الدوائر الانتخابية الجديدة')]),
    )
    expect(verdicts(body)).toEqual(['kept', 'kept', 'related', 'related', 'related'])
  })

  it('keeps a single link line, and linked headlines inside the story', () => {
    const body = doc(
      story[0] as DocNode,
      linkP('نص قرار اللجنة كاملاً'),
      linkP('جدول مواعيد التسجيل'),
      story[1] as DocNode,
      linkP('المصدر: لجنة الانتخابات'),
    )
    expect(verdicts(body)).toEqual(Array(5).fill('kept'))
  })

  it('stops a "read also" list at the story, a quote or an unlinked heading', () => {
    const body = doc(
      story[0] as DocNode,
      p('اقرأ أيضاً'),
      p('اللجنة تعلن مواعيد الحملات الانتخابية'),
      quote('«سنضمن نزاهة العملية الانتخابية»'),
      p('مواضيع ذات صلة'),
      h('ماذا بعد التسجيل؟'),
      story[1] as DocNode,
    )
    expect(verdicts(body)).toEqual([
      'kept',
      'related',
      'related',
      'kept',
      'related',
      'kept',
      'kept',
    ])
  })
})

describe('articles without furniture come back whole', () => {
  it('keeps an interview with short questions, a list and credits', () => {
    const body = doc(
      p(
        'التقت «الخبر» وزيرة البيئة على هامش مؤتمر المناخ في شرم الشيخ، وسألتها عن خطط الحكومة لخفض الانبعاثات خلال العقد المقبل.',
      ),
      h('البداية'),
      p('س: ما أولويات الوزارة هذا العام؟'),
      p(
        'ج: أولويتنا الأولى هي الطاقة المتجددة، فقد وقعنا ثلاثة عقود جديدة لمحطات الرياح في خليج السويس.',
      ),
      p('س: وماذا عن التمويل؟'),
      p('ج: التمويل متاح، والمشكلة في سرعة التنفيذ وليس في المال، كما قلت للبرلمان الشهر الماضي.'),
      h('أبرز الأرقام'),
      list([
        p('42% من الكهرباء من مصادر متجددة بحلول 2030'),
        p('3 محطات رياح جديدة'),
        p('مليون شجرة في المدن'),
      ]),
      p('أجرى الحوار: سامي يوسف'),
      p('(د ب أ)'),
    )
    const result = cleanDoc(body, { title: 'وزيرة البيئة: الطاقة المتجددة أولويتنا الأولى' })
    expect(result.removed).toEqual([])
    expect(result.doc).toEqual(body)
  })

  it('keeps a sports report whose sub-headings are common words', () => {
    const body = doc(
      h('البحث'),
      p(
        'واصل المنتخب الوطني استعداداته لمباراة الجمعة أمام ضيفه على ملعب القاهرة الدولي، وسط غياب ثلاثة لاعبين بسبب الإصابة.',
      ),
      h('القائمة'),
      p(
        'أعلن المدرب القائمة النهائية التي تضم 23 لاعباً، بينهم أربعة وجوه جديدة للمرة الأولى منذ تولّيه المهمة قبل عامين.',
      ),
      p('«نحترم المنافس لكننا نلعب للفوز»'),
      p(
        'وتقام المباراة في التاسعة مساءً بتوقيت القاهرة، وتنقلها القناة الرياضية الأولى على الهواء مباشرة.',
      ),
      p('الجمعة 14 يونيو 2024'),
    )
    expect(verdicts(body, 'المنتخب يواصل استعداداته لمواجهة الجمعة')).toEqual([
      'kept',
      'kept',
      'kept',
      'kept',
      'kept',
      'kept',
      'fragment',
    ])
  })
})
