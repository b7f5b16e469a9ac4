/** UI strings of the slug field (made from the title, kept stable once published). */
export const slugEn = {
  slugFollows: 'Follows the headline until the article is published.',
  slugFrozen:
    'The article has been published: its slug no longer changes with the headline, so links to it keep working.',
  slugFromHeadline: 'Make from headline',
  slugRemakeConfirm:
    'Make the slug from the headline again?\n\nThe article has been published at “{slug}”. Once it is published again at the new slug, the old address stops working and links to it break.',
  slugInAddress: 'In the address:',
} as const

export const slugAr: Record<keyof typeof slugEn, string> = {
  slugFollows: 'يتبع العنوان إلى أن يُنشر المقال.',
  slugFrozen: 'نُشر المقال: لم يعد المعرّف يتغيّر مع العنوان، كي تبقى الروابط إليه صالحة.',
  slugFromHeadline: 'من العنوان',
  slugRemakeConfirm:
    'أتريد صنع المعرّف من العنوان من جديد؟\n\nنُشر المقال على «{slug}». حين يُنشر ثانيةً بالمعرّف الجديد يتوقف الرابط القديم عن العمل وتنقطع الروابط إليه.',
  slugInAddress: 'في الرابط:',
}
