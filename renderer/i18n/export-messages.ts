/** UI strings for exporting articles to HTML, in English and Arabic. */
export const exportEn = {
  exportHtml: 'Export HTML',
  exportHtmlHint: 'Export HTML (Ctrl+E)',
  exportFailed: 'Could not export the article: {message}',
  digits: 'Digits in dates',
  'digits.arabic': 'Arabic-Indic (١٢٣)',
  'digits.western': 'Western (123)',
} as const

export const exportAr: Record<keyof typeof exportEn, string> = {
  exportHtml: 'تصدير HTML',
  exportHtmlHint: 'تصدير HTML (Ctrl+E)',
  exportFailed: 'تعذّر تصدير المقال: {message}',
  digits: 'الأرقام في التواريخ',
  'digits.arabic': 'مشرقية (١٢٣)',
  'digits.western': 'غربية (123)',
}
