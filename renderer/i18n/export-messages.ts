/** UI strings for exporting articles to HTML, in English and Arabic. */
export const exportEn = {} as const

export const exportAr: Record<keyof typeof exportEn, string> = {}
