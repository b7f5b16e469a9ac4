/** UI strings of spellchecking (the context menu, the newsroom dictionary), in English and Arabic. */
export const spellingEn = {
  'spelling.placeholder': 'Spelling',
} as const

export const spellingAr: Record<keyof typeof spellingEn, string> = {
  'spelling.placeholder': 'الإملاء',
}
