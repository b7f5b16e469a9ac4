/** UI strings of spellchecking (the context menu, the newsroom dictionary), in English and Arabic. */
export const spellingEn = {
  'spelling.menu': 'Spelling suggestions for “{word}”',
  'spelling.noSuggestions': 'No suggestions',
  'spelling.addToDictionary': 'Add to dictionary',
  'spelling.ignore': 'Ignore',
  'spelling.failed': 'Spelling failed: {message}',
  'spelling.dialogTitle': 'Newsroom dictionary',
  'spelling.dialogIntro':
    'Names, places and terms the newsroom uses. Midad never marks them as misspelled, nor their forms with و، ف، ب، ل or ال. Every editor of this data folder shares them.',
  'spelling.wordsLabel': 'Words in the newsroom dictionary',
  'spelling.noWords': 'The newsroom dictionary is empty.',
  'spelling.newWord': 'New word',
  'spelling.add': 'Add',
  'spelling.remove': 'Remove: {word}',
  'spelling.removeShort': 'Remove',
  'spelling.close': 'Close',
  'spelling.added': '“{word}” added.',
  'spelling.removed': '“{word}” removed.',
} as const

export const spellingAr: Record<keyof typeof spellingEn, string> = {
  'spelling.menu': 'اقتراحات إملائية لكلمة «{word}»',
  'spelling.noSuggestions': 'لا اقتراحات',
  'spelling.addToDictionary': 'أضف إلى القاموس',
  'spelling.ignore': 'تجاهل',
  'spelling.failed': 'تعذّر التدقيق الإملائي: {message}',
  'spelling.dialogTitle': 'قاموس غرفة الأخبار',
  'spelling.dialogIntro':
    'أسماء وأماكن ومصطلحات تستعملها غرفة الأخبار. لا يعلّمها مداد خطأً إملائياً، ولا صيغها مع و، ف، ب، ل أو ال. يتشاركها كل محرري مجلد البيانات هذا.',
  'spelling.wordsLabel': 'كلمات قاموس غرفة الأخبار',
  'spelling.noWords': 'قاموس غرفة الأخبار فارغ.',
  'spelling.newWord': 'كلمة جديدة',
  'spelling.add': 'أضف',
  'spelling.remove': 'احذف: {word}',
  'spelling.removeShort': 'احذف',
  'spelling.close': 'إغلاق',
  'spelling.added': 'أضيفت «{word}».',
  'spelling.removed': 'حُذفت «{word}».',
}
