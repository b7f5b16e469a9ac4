/** UI strings of the theme menu (system, light, dark), in English and Arabic. */
export const themeEn = {
  theme: 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  themeSaveFailed: 'The theme could not be saved: {message}',
} as const

export const themeAr: Record<keyof typeof themeEn, string> = {
  theme: 'المظهر',
  'theme.system': 'النظام',
  'theme.light': 'فاتح',
  'theme.dark': 'داكن',
  themeSaveFailed: 'تعذّر حفظ المظهر: {message}',
}
