/** UI strings for images in articles, in English and Arabic. */
export const mediaEn = {} as const

export const mediaAr: Record<keyof typeof mediaEn, string> = {}
