import type { Language } from '../settings/settings-schema'

/** A keyboard shortcut as the Help dialog and the README list it. */
export interface Shortcut {
  /** Keys in the order pressed, `Ctrl` standing for ⌘ on macOS (e.g. `['Ctrl', 'Shift', 'Z']`). */
  readonly keys: readonly string[]
  readonly en: string
  readonly ar: string
}

export interface ShortcutGroup {
  readonly en: string
  readonly ar: string
  readonly shortcuts: readonly Shortcut[]
}

/**
 * Every keyboard shortcut Midad has, in one list: the Help › Keyboard shortcuts dialog shows it,
 * and a unit test checks the README's table against it, so neither can fall behind the other.
 */
export const shortcutGroups: readonly ShortcutGroup[] = [
  {
    en: 'Everywhere',
    ar: 'في كل مكان',
    shortcuts: [
      { keys: ['Ctrl', 'N'], en: 'New article', ar: 'مقال جديد' },
      { keys: ['Ctrl', 'S'], en: 'Save now', ar: 'حفظ الآن' },
      { keys: ['Ctrl', 'O'], en: 'Import a file', ar: 'استيراد ملف' },
      { keys: ['Ctrl', 'E'], en: 'Export the article as HTML', ar: 'تصدير المقال HTML' },
      { keys: ['Ctrl', '/'], en: 'Keyboard shortcuts', ar: 'اختصارات لوحة المفاتيح' },
      {
        keys: ['F10'],
        en: 'Go to the menu bar (browser mode)',
        ar: 'الانتقال إلى شريط القوائم (وضع المتصفح)',
      },
    ],
  },
  {
    en: 'Editor',
    ar: 'المحرر',
    shortcuts: [
      { keys: ['Ctrl', 'B'], en: 'Bold', ar: 'عريض' },
      { keys: ['Ctrl', 'I'], en: 'Italic', ar: 'مائل' },
      { keys: ['Ctrl', 'U'], en: 'Underline', ar: 'تسطير' },
      { keys: ['Ctrl', 'Alt', '2'], en: 'Heading 2', ar: 'عنوان فرعي ٢' },
      { keys: ['Ctrl', 'Alt', '3'], en: 'Heading 3', ar: 'عنوان فرعي ٣' },
      { keys: ['Ctrl', 'Alt', '0'], en: 'Paragraph', ar: 'فقرة' },
      { keys: ['Ctrl', 'Shift', '8'], en: 'Bulleted list', ar: 'قائمة نقطية' },
      { keys: ['Ctrl', 'Shift', '7'], en: 'Numbered list', ar: 'قائمة مرقمة' },
      { keys: ['Ctrl', 'Shift', 'B'], en: 'Quote', ar: 'اقتباس' },
      { keys: ['Ctrl', 'Z'], en: 'Undo', ar: 'تراجع' },
      { keys: ['Ctrl', 'Shift', 'Z'], en: 'Redo', ar: 'إعادة' },
      { keys: ['Ctrl', 'F'], en: 'Find', ar: 'بحث' },
      { keys: ['Ctrl', 'H'], en: 'Find and replace', ar: 'بحث واستبدال' },
      {
        keys: ['Shift', 'F10'],
        en: 'Spelling suggestions for the word at the caret',
        ar: 'اقتراحات الإملاء للكلمة عند المؤشر',
      },
    ],
  },
  {
    en: 'Comment moderation',
    ar: 'إدارة التعليقات',
    shortcuts: [
      { keys: ['J'], en: 'Next comment', ar: 'التعليق التالي' },
      { keys: ['K'], en: 'Previous comment', ar: 'التعليق السابق' },
      { keys: ['A'], en: 'Approve', ar: 'موافقة' },
      { keys: ['S'], en: 'Mark as spam', ar: 'وسم كمزعج' },
      { keys: ['D'], en: 'Move to trash', ar: 'نقل إلى المهملات' },
      { keys: ['U'], en: 'Undo the last action', ar: 'التراجع عن آخر إجراء' },
      { keys: ['R'], en: 'Reply', ar: 'رد' },
      { keys: ['X'], en: 'Select', ar: 'تحديد' },
      { keys: ['1', '–', '4'], en: 'Switch queue', ar: 'تبديل الطابور' },
      { keys: ['?'], en: 'List these keys', ar: 'عرض هذه المفاتيح' },
    ],
  },
]

/** The words of a group or shortcut in the UI language. */
export const inLanguage = (item: { en: string; ar: string }, lang: Language): string =>
  lang === 'ar' ? item.ar : item.en
