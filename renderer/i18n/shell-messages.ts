/** UI strings of the app menu, the keyboard-shortcuts and About dialogs, in English and Arabic. */
export const shellEn = {
  'shell.placeholder': 'Menu',
} as const

export const shellAr: Record<keyof typeof shellEn, string> = {
  'shell.placeholder': 'القائمة',
}
