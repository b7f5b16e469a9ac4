import { wordsOf } from './block-info'

/**
 * Words that make up the crumbs a theme leaves around its widgets: comment and view counters
 * ("تعليق واحد", "0", "1.2k مشاهدة") and the date or age of the post ("12 مارس 2024",
 * "منذ ساعتين", "الأحد 10:30 ص"). Folded like the text, so spelling variants match.
 */
const FRAGMENT_WORDS = new Set(
  [
    // counters
    'تعليق',
    'تعليقات',
    'تعليقان',
    'تعليقين',
    'واحد',
    'لا',
    'توجد',
    'يوجد',
    'مشاهدة',
    'مشاهدات',
    'قراءة',
    'قراءات',
    'زيارة',
    'إعجاب',
    'views',
    'comments',
    'comment',
    'likes',
    'k',
    // ages
    'منذ',
    'ساعة',
    'ساعات',
    'ساعتين',
    'دقيقة',
    'دقائق',
    'دقيقتين',
    'يوم',
    'يومين',
    'أيام',
    'أسبوع',
    'أسابيع',
    'شهر',
    'أشهر',
    'سنة',
    'أمس',
    'اليوم',
    'ص',
    'م',
    'am',
    'pm',
    // days
    'السبت',
    'الأحد',
    'الاثنين',
    'الإثنين',
    'الثلاثاء',
    'الأربعاء',
    'الخميس',
    'الجمعة',
    // months, Egyptian/Gulf and Levantine names
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'إبريل',
    'مايو',
    'يونيو',
    'يوليو',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
    'كانون',
    'الثاني',
    'الأول',
    'شباط',
    'آذار',
    'نيسان',
    'أيار',
    'حزيران',
    'تموز',
    'آب',
    'أيلول',
    'تشرين',
  ].flatMap(wordsOf),
)

/** The most words a crumb has: a full date with its weekday and time. */
const MAX_FRAGMENT_WORDS = 8

/**
 * True when every word of the block is a number, a single Latin letter ("x", "A A"), or a
 * counter/date word: a line that means nothing without the widget it came from. Single Arabic
 * letters do not count: "(أ ف ب)" and "(د ب أ)" are agency credits, part of the story. Whether it is removed depends on
 * where it is (see `score-blocks.ts`): a date alone in the middle of a story stays.
 */
export function isFragmentLike(words: string[]): boolean {
  if (words.length === 0 || words.length > MAX_FRAGMENT_WORDS) return false
  return words.every(
    (word) => /^\p{N}+[a-zك]?$/u.test(word) || /^[a-z]$/.test(word) || FRAGMENT_WORDS.has(word),
  )
}
