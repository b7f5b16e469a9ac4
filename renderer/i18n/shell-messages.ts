/** UI strings of the app menu bar, the keyboard-shortcuts and About dialogs, in English and Arabic. */
export const shellEn = {
  'shell.menuBar': 'Application menu',
  'shell.shortcutsTitle': 'Keyboard shortcuts',
  'shell.shortcutsIntro':
    'Ctrl is ⌘ on a Mac. The shortcuts work with an Arabic keyboard layout too.',
  'shell.keys': 'Keys',
  'shell.action': 'Action',
  'shell.close': 'Close',
  'shell.aboutTitle': 'About Midad',
  'shell.aboutTagline': 'A desktop newsroom editor for Arabic news sites.',
  'shell.version': 'Version ',
  'shell.dataDir': 'Data folder: ',
  'shell.dictionaryCredit':
    'Arabic spelling: the Ayaspell Hunspell dictionary (Debian hunspell-ar), under the GPL 2, LGPL 2.1 or MPL 1.1.',
  'shell.license': 'Midad is free software under the MIT licence.',
} as const

export const shellAr: Record<keyof typeof shellEn, string> = {
  'shell.menuBar': 'قائمة التطبيق',
  'shell.shortcutsTitle': 'اختصارات لوحة المفاتيح',
  'shell.shortcutsIntro': 'Ctrl هو ⌘ على أجهزة ماك. تعمل الاختصارات مع لوحة المفاتيح العربية أيضًا.',
  'shell.keys': 'المفاتيح',
  'shell.action': 'الإجراء',
  'shell.close': 'إغلاق',
  'shell.aboutTitle': 'عن مداد',
  'shell.aboutTagline': 'محرر مكتبي لغرف الأخبار في المواقع الإخبارية العربية.',
  'shell.version': 'الإصدار ',
  'shell.dataDir': 'مجلد البيانات: ',
  'shell.dictionaryCredit':
    'التدقيق الإملائي العربي: قاموس «آية سبل» لـHunspell (حزمة hunspell-ar في دبيان)، برخصة GPL 2 أو LGPL 2.1 أو MPL 1.1.',
  'shell.license': 'مداد برنامج حر برخصة MIT.',
}
