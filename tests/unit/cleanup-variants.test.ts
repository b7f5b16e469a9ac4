import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../shared/articles/doc-schema'
import { doc, linkP, p } from '../fixtures/scraped/build-doc'
import { verdicts } from '../fixtures/scraped/verdicts'

describe('spelling variants', () => {
  const story = [
    p(
      'أعلنت وزارة الصحة اليوم عن حملة وطنية جديدة للتطعيم ضد الحصبة تستهدف مليوني طفل في المحافظات الجنوبية، وتستمر ثلاثة أسابيع.',
    ),
    p(
      'وقالت الوزارة في بيان إن الفرق الطبية ستزور المدارس والمنازل، وإن اللقاح متوفر مجاناً في جميع المراكز الصحية الحكومية.',
    ),
  ]

  it.each([
    'اقرأ ايضا',
    'اقرأ أيضاً:',
    'إقرأ أيضًا',
    'اقرا ايضاً',
    'اقرأ أيضأ',
    'اقـــرأ أيضـــاً',
    'اقْرَأْ أَيْضاً',
    'شاهد أيضاً',
    'أخبار ذات صله',
    'مواضيع ذات صلة',
  ])('"%s" heads a related list', (heading) => {
    const body = doc(
      ...story,
      p(heading),
      linkP('الحكومة تقر موازنة العام المقبل'),
      p('ارتفاع أسعار الوقود للمرة الثانية'),
    )
    expect(verdicts(body)).toEqual(['kept', 'kept', 'related', 'related', 'related'])
  })

  it.each([
    'اقرأ ايضا: الحكومة تقر موازنة العام المقبل',
    'اقرأ أيضًا.. الحكومة تقر موازنة العام المقبل',
    'اقرأ أيضاً | الحكومة تقر موازنة العام المقبل',
    'شاهد أيضاً - الحكومة تقر موازنة العام المقبل',
  ])('"%s" inside the story is a related line', (line) => {
    expect(verdicts(doc(story[0] as DocNode, p(line), story[1] as DocNode))).toEqual([
      'kept',
      'related',
      'kept',
    ])
  })

  it.each([
    'اترك تعليقا',
    'اترك تعليقاً',
    'أترك تعليقًا',
    'اتـــرك تعليـــقاً',
    'اتْرُكْ تَعْلِيقاً',
    'أضف تعليقاً',
    'اترك رداً',
    'اترك رد',
  ])('"%s" is the comment form, even with nothing around it', (line) => {
    expect(verdicts(doc(story[0] as DocNode, p(line), story[1] as DocNode))).toEqual([
      'kept',
      'comment-form',
      'kept',
    ])
  })

  it('reads a comment form worded by another theme', () => {
    const body = doc(
      ...story,
      p('أضف تعليقك هنا'),
      p('لن يتم نشر بريدك الإلكتروني، والحقول المطلوبة مشار إليها بعلامة *'),
      p('اسمك'),
      p('البريد الإلكتروني'),
      p('حفظ اسمي والبريد الإلكتروني في هذا المتصفح للمرة القادمة التي أعلق فيها.'),
      p('نشر التعليق'),
    )
    expect(verdicts(body)).toEqual(['kept', 'kept', ...Array(6).fill('comment-form')])
  })

  it('reads share rows in Arabic and Latin, with conjunctions and separators', () => {
    const body = doc(
      p('شارك هذا المقال على فيسبوك وتويتر'),
      ...story,
      p('Facebook Twitter WhatsApp Telegram'),
      p('واتس اب • تيليغرام • نسخ الرابط'),
      p('طباعة'),
    )
    expect(verdicts(body)).toEqual(['share', 'kept', 'kept', 'share', 'share', 'share'])
  })
})
