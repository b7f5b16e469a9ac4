import { expect, it } from 'vitest'
import type { DocNode } from '../../shared/articles/doc-schema'
import { checkStyle } from '../../shared/style/check-style'
import { defaultHouseStyle } from '../../shared/style/house-style'

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

/**
 * A well-edited agency story in the default house style, full of what a careless checker would
 * flag: product names with Western digits, an English quotation in its own typography, an
 * address and an e-mail with commas and dots, an ellipsis, Arabic decimals, nested quotes,
 * harakat, a hashtag and "رويداً رويداً".
 */
const body: DocNode = {
  type: 'doc',
  content: [
    paragraph(
      'بغداد (رويترز) - أعلنت وزارة النفط العراقية، يوم الثلاثاء، أن صادرات البلاد ارتفعت إلى ٣٫٥ مليون برميل يومياً خلال شهر أيار/مايو، وهو أعلى مستوى منذ عام ٢٠١٩.',
    ),
    paragraph(
      'وقال المتحدث باسم الوزارة، عاصم جهاد، في تصريح لوكالة الأنباء الرسمية: «نعمل على زيادة الطاقة التصديرية عبر موانئ البصرة، وكما قال الوزير "لا تراجع عن الخطة"». وأضاف أن الوزارة تتوقع إيرادات تتجاوز ١٠ مليارات دولار.',
    ),
    paragraph(
      'من جهته، قال الخبير الاقتصادي أحمد الطائي لموقع BBC Arabic إن «الارتفاع مؤقت»، مشيراً إلى أن أسعار خام برنت (Brent) تراجعت بنسبة ٢٪ هذا الأسبوع. وكتب على منصة X: "Oil prices remain volatile, and Iraq must diversify."',
    ),
    paragraph(
      'وأطلقت شركة Apple هاتف iPhone 15 في الأسواق العراقية، فيما أعلنت شركة Boeing أن طائرات 737 MAX ستعود إلى الخدمة بعد أزمة COVID-19. التفاصيل على الموقع https://example.com/news/2024/05/oil?id=12,13 أو عبر البريد press@example.iq.',
    ),
    paragraph(
      'هل تستمر هذه الزيادة؟ يرى محللون أن الأمر يعتمد على قرارات تحالف «أوبك+»... وعلى الطلب الصيني الذي يتعافى رويداً رويداً، وفق وسم #النفط_العراقي. قال تعالى: ﴿وَأَوْفُوا الْكَيْلَ﴾.',
    ),
  ],
}

it('finds nothing in a clean, realistic article', () => {
  const findings = checkStyle(
    {
      title: 'صادرات النفط العراقية ترتفع إلى أعلى مستوى منذ ٢٠١٩',
      standfirst: 'الوزارة: الإيرادات تتجاوز ١٠ مليارات دولار',
      body,
    },
    defaultHouseStyle,
  )
  expect(findings).toEqual([])
})
