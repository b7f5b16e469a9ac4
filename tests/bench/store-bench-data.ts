// Synthetic Arabic newsroom for the store benchmark: deterministic articles of about 800 words with
// the structure the editor saves (headings, paragraphs with marks, a list, a quote), written
// straight into the on-disk format (articles, one revision each, index.json, midad.json), and the
// same articles as one lowdb db.json for the single-file baseline.
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dataLayout } from '../../electron/store/data-layout'
import { STORE_SCHEMA_VERSION } from '../../electron/store/store-meta'
import type { Article, ArticleStatus, ArticleSummary } from '../../shared/articles/article-schema'
import { summarize } from '../../shared/articles/article-schema'
import type { Doc, DocMark, DocNode } from '../../shared/articles/doc-schema'

/** A small, fast, seedable PRNG (mulberry32): the same newsroom on every run and machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

type Rng = () => number
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T
const between = (rng: Rng, min: number, max: number): number =>
  min + Math.floor(rng() * (max - min + 1))
const words = (text: string): string[] => text.trim().split(/\s+/)

/** Who a headline is about, and whether its verb takes the feminine (ت) or masculine (ي) form. */
const SUBJECTS: [string, 'f' | 'm'][] = [
  ['الحكومة', 'f'],
  ['وزارة الصحة', 'f'],
  ['البنك المركزي', 'm'],
  ['مجلس النواب', 'm'],
  ['وزير الخارجية', 'm'],
  ['الأمم المتحدة', 'f'],
  ['نقابة الصحفيين', 'f'],
  ['شركة الكهرباء', 'f'],
  ['جامعة الدول العربية', 'f'],
  ['المنتخب الوطني', 'm'],
  ['بلدية العاصمة', 'f'],
  ['وزارة التربية والتعليم', 'f'],
  ['هيئة الأرصاد الجوية', 'f'],
  ['المحكمة الدستورية', 'f'],
  ['رئيس الوزراء', 'm'],
  ['اتحاد الكرة', 'm'],
  ['وزارة الزراعة', 'f'],
  ['منظمة الصحة العالمية', 'f'],
]
/** Headline verbs without their first letter: ت or ي is added to agree with the subject. */
const VERBS = [
  'علن',
  'ناقش',
  'طلق',
  'رفض',
  'درس',
  'وقّع',
  'بحث',
  'فتتح',
  'حذّر من',
  'قرّ',
  'ستعرض',
  'ؤجل',
  'طالب بـ',
]
const OBJECTS = [
  'خطة جديدة لدعم قطاع الطاقة',
  'اتفاقية للتعاون الاقتصادي',
  'مشروع قانون الصحافة',
  'ميزانية العام المقبل',
  'أزمة المياه في الجنوب',
  'ارتفاع أسعار الوقود',
  'إصلاحات اقتصادية شاملة',
  'حملة تطعيم وطنية',
  'معرض الكتاب الدولي',
  'نتائج الامتحانات العامة',
  'موجة حرّ غير مسبوقة',
  'مشروع السكك الحديدية',
  'خطة لإعادة إعمار المدارس',
  'مبادرة لتشغيل الشباب',
  'قرار رفع أسعار الخبز',
  'مفاوضات تجديد العقود',
  'استراتيجية التحول الرقمي',
  'توسعة مطار العاصمة',
]
const COMPLEMENTS = [
  'في العاصمة',
  'مع الشركاء الدوليين',
  'بعد أسابيع من المفاوضات',
  'وسط مخاوف من التضخم',
  'خلال الأسبوع المقبل',
  'رغم اعتراض المعارضة',
  'قبل نهاية العام',
  'في ظل تراجع الإيرادات',
  'بمشاركة القطاع الخاص',
  'لأول مرة منذ عقد',
  '',
  '',
]
const VOCABULARY = words(`
  في من على إلى عن مع بين بعد قبل خلال حول منذ عند لدى نحو دون ضد وفق عبر أمام
  هذا هذه ذلك تلك التي الذي الذين كما حيث إذ لكن بينما أيضا كذلك ثم أو بل قد لم لن
  قال أكد أوضح أشار أضاف أعلن كشف تابع لفت رأى اعتبر طالب دعا أفاد نقل صرح بين ذكر
  الحكومة الوزارة الوزير الرئيس البرلمان المجلس اللجنة الهيئة المؤسسة الشركة البنك الجامعة
  المدينة العاصمة القرية المنطقة المحافظة الدولة البلاد الحدود الشارع المستشفى المدرسة المطار
  الاقتصاد السوق الأسعار التضخم الميزانية الاستثمار التجارة الصادرات الواردات الضرائب الديون
  المياه الطاقة الكهرباء النفط الغاز الزراعة القمح الغذاء المناخ الأمطار الجفاف البيئة
  التعليم الصحة الشباب النساء الأطفال العمال المواطنين السكان الطلاب الأطباء المعلمين
  الصحفيين المراسلين المصادر التقرير البيان المؤتمر الاجتماع القمة الاتفاق المشروع القانون
  القرار الخطة البرنامج المبادرة الحملة الأزمة المفاوضات الانتخابات الحوار الإصلاح التنمية
  جديد جديدة كبير كبيرة صغير واسع واسعة مهم مهمة عام عامة رسمي رسمية محلي محلية دولي دولية
  اقتصادي اقتصادية سياسي سياسية اجتماعي اجتماعية ثقافي ثقافية عربي عربية وطني وطنية إقليمي
  الأول الثاني الثالث الأخير المقبل الماضي الحالي السابق القادم المتوقع الجاري
  يوم أسبوع شهر عام سنة ساعة صباح مساء الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
  ارتفاع انخفاض تراجع زيادة نمو تحسن استقرار تدهور توقف استئناف إطلاق افتتاح توقيع إعلان
  يعمل يسعى يواجه يحتاج يتوقع يشمل يضم يهدف يتضمن يستهدف يعاني يشهد يبلغ يصل يتجاوز
  تعمل تسعى تواجه تحتاج تتوقع تشمل تضم تهدف تتضمن تستهدف تعاني تشهد تبلغ تصل تتجاوز
  مليون مليار ألف نسبة المئة بالمئة أكثر أقل نحو حوالي قرابة أغلب معظم بعض كل جميع عدد
  الناس المجتمع الرأي العام الإعلام الصحافة الأخبار المعلومات البيانات الأرقام الإحصاءات
  الأمن السلام الحرب النزاع اللاجئين المساعدات الإغاثة الإعمار البناء الطرق النقل السكك
`)
const DIACRITIZED = words(`
  الْحُكُومَة قَالَ مُؤْتَمَر الْعِرَاق الْمِيَاه الطَّاقَة الِاقْتِصَاد الْأَسْعَار
  الْقَرَار مَدِينَة الشَّبَاب الصِّحَّة الْعَاصِمَة الْمُفَاوَضَات تَنْمِيَة
`)
const ENGLISH = [
  '"We are committed to the agreement and expect the first results within months," the minister told Reuters.',
  'The World Bank said in its latest report that growth in the region would slow to 2.4 percent.',
  'Officials described the talks as "constructive but difficult".',
  '"This is a turning point for the sector," an analyst at Capital Economics said.',
]
const NAMES = [
  'نادين القاسم',
  'أحمد الزين',
  'ليلى حداد',
  'يوسف العمري',
  'مريم السعدي',
  'خالد منصور',
  'سارة الخطيب',
  'عمر البزاز',
]
const CATEGORIES = ['سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'مجتمع', 'صحة', 'علوم وتقنية', 'دولي']
const TAGS = [
  'الانتخابات',
  'التضخم',
  'المياه',
  'الطاقة',
  'التعليم',
  'الصحة',
  'كرة القدم',
  'المناخ',
  'اللاجئون',
  'الاستثمار',
  'النفط',
  'الشباب',
  'الذكاء الاصطناعي',
  'الزراعة',
]
/** Places that tag stories, alone and with a topic ("المياه في الأردن"), for a larger tag pool. */
const PLACES = [
  'مصر',
  'الأردن',
  'لبنان',
  'سوريا',
  'العراق',
  'السعودية',
  'الإمارات',
  'قطر',
  'الكويت',
  'البحرين',
  'عُمان',
  'اليمن',
  'فلسطين',
  'غزة',
  'القدس',
  'المغرب',
  'الجزائر',
  'تونس',
  'ليبيا',
  'السودان',
  'موريتانيا',
  'الصومال',
  'القاهرة',
  'بيروت',
  'عمّان',
  'دمشق',
  'بغداد',
  'الرياض',
]
/** Latin slugs, few enough that they collide often, some only by case. */
const LATIN_SLUGS = [
  'budget-2026',
  'Budget-2026',
  'water-crisis',
  'Water-Crisis',
  'elections',
  'fuel-prices',
  'world-cup-qualifiers',
  'book-fair',
  'heatwave',
  'railway-project',
  'ai-strategy',
  'live-updates',
]

/** Queries a newsroom types in the search box: single words, two words, a diacritised spelling,
 * an alef without hamza (folded to match أ), and a word no title holds. */
export const SEARCH_QUERIES = [
  'المياه',
  'خطة',
  'البنك المركزي',
  'اسعار',
  'الْمِيَاه',
  'معرض الكتاب',
  'وزير',
  'التحول الرقمي',
  'أزمة',
  'زلزال',
]

/** One word of body text: mostly plain, sometimes diacritised, sometimes a number. */
function word(rng: Rng): string {
  const r = rng()
  if (r < 0.02) return pick(rng, DIACRITIZED)
  if (r < 0.03) return pick(rng, ['٢٠٢٤', '١٥٪', '٣٫٥', '2025', '40%', '١٢'])
  return pick(rng, VOCABULARY)
}

/** A sentence of 8–22 words ending in a full stop (or a comma and another clause). */
export function sentence(rng: Rng): string {
  const n = between(rng, 8, 22)
  const parts: string[] = []
  for (let i = 0; i < n; i++) parts.push(word(rng))
  if (n > 14) parts.splice(Math.floor(n / 2), 0, '،')
  return `${parts.join(' ').replace(' ،', '،')}.`
}

const linkAttrs = (href: string) => ({
  href,
  target: null,
  rel: 'noopener noreferrer nofollow',
  class: null,
  title: null,
})

/** Text nodes of one paragraph: plain runs with the odd bold, italic or linked phrase. */
function inline(rng: Rng, sentences: number): DocNode[] {
  const nodes: DocNode[] = []
  let plain = ''
  for (let i = 0; i < sentences; i++) {
    const text = rng() < 0.04 ? pick(rng, ENGLISH) : sentence(rng)
    const separator = i === 0 ? '' : ' '
    const r = rng()
    if (r >= 0.15) {
      plain += separator + text
      continue
    }
    const marks: DocMark[] =
      r < 0.07
        ? [{ type: 'bold' }]
        : r < 0.11
          ? [{ type: 'italic' }]
          : [
              {
                type: 'link',
                attrs: linkAttrs(`https://example.com/news/${between(rng, 1, 99999)}`),
              },
            ]
    const parts = words(text)
    const k = between(rng, 2, 4)
    if (plain + separator) nodes.push({ type: 'text', text: plain + separator })
    nodes.push({ type: 'text', text: parts.slice(0, k).join(' '), marks })
    plain = parts.length > k ? ` ${parts.slice(k).join(' ')}` : ''
  }
  if (plain) nodes.push({ type: 'text', text: plain })
  return nodes
}

const paragraph = (content: DocNode[]): DocNode => ({
  type: 'paragraph',
  attrs: { dir: 'auto' },
  content,
})

const countDocWords = (nodes: DocNode[]): number =>
  nodes.reduce(
    (n, node) => n + (node.text ? words(node.text).length : 0) + countDocWords(node.content ?? []),
    0,
  )

/** A body of about `target` words: paragraphs under h2/h3 headings, one list, one quote. */
export function body(rng: Rng, target = 800): Doc {
  const content: DocNode[] = []
  let count = 0
  let block = 0
  const listAt = between(rng, 3, 6)
  const quoteAt = between(rng, 7, 10)
  while (count < target) {
    let node: DocNode
    if (block > 0 && block % 5 === 0) {
      const level = rng() < 0.7 ? 2 : 3
      node = {
        type: 'heading',
        attrs: { dir: 'auto', level },
        content: [{ type: 'text', text: `${pick(rng, OBJECTS)} ${pick(rng, COMPLEMENTS)}`.trim() }],
      }
    } else if (block === listAt) {
      const ordered = rng() < 0.4
      node = {
        type: ordered ? 'orderedList' : 'bulletList',
        ...(ordered ? { attrs: { start: 1, type: null } } : {}),
        content: Array.from({ length: between(rng, 3, 5) }, () => ({
          type: 'listItem',
          content: [paragraph([{ type: 'text', text: sentence(rng) }])],
        })),
      }
    } else if (block === quoteAt) {
      node = { type: 'blockquote', content: [paragraph(inline(rng, between(rng, 1, 2)))] }
    } else {
      node = paragraph(inline(rng, between(rng, 2, 5)))
    }
    content.push(node)
    count += countDocWords([node])
    block++
  }
  return { type: 'doc', content }
}

const STATUSES: [ArticleStatus, number][] = [
  ['published', 0.7],
  ['draft', 0.85],
  ['in_review', 0.95],
  ['scheduled', 1],
]
const EPOCH = Date.parse('2026-01-01T00:00:00.000Z')
const SPAN = 3 * 365 * 86_400_000

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16)).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`
}

/**
 * A newsroom more varied than the default one, for benchmarks that need it (the site export's
 * tag pages and page names). Without options, every article is exactly as it always was.
 */
export interface SyntheticOptions {
  /**
   * Tags are drawn from a pool of this many Arabic tags (topics, places, "topic in place"),
   * skewed so a few are on many articles and most on few; the 14 topics when unset.
   */
  tagPool?: number
  /**
   * Slugs of every kind a site has to name pages after: mostly the title's first words (Arabic,
   * colliding often), some Latin ones from a short list (colliding, some only by case), some
   * unique Arabic ones with Arabic-Indic digits, and some empty (the id names the page).
   */
  mixedSlugs?: boolean
}

/** The first `size` tags of topics, places and "topic in place" combinations. */
function tagPool(size: number): string[] {
  const pool = [...TAGS, ...PLACES]
  for (let i = 0; pool.length < size && i < TAGS.length * PLACES.length; i++)
    pool.push(`${TAGS[i % TAGS.length]} في ${PLACES[Math.floor(i / TAGS.length)]}`)
  return pool.slice(0, size)
}
const pools = new Map<number, string[]>()

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩'
const arabicNumber = (n: number): string =>
  String(n).replace(/\d/g, (d) => ARABIC_DIGITS[Number(d)] as string)

/** What `options` changes of article `n` (drawn from its own generator, so nothing else moves). */
function vary(article: Article, n: number, options: SyntheticOptions): Article {
  const rng = prng(0xface + n * 104_729)
  let { slug, tags } = article
  if (options.tagPool) {
    let pool = pools.get(options.tagPool)
    if (!pool) {
      pool = tagPool(options.tagPool)
      pools.set(options.tagPool, pool)
    }
    const from = pool
    tags = [
      ...new Set(
        Array.from(
          { length: between(rng, 1, 4) },
          () => from[Math.floor(from.length * rng() ** 2)] as string,
        ),
      ),
    ]
  }
  if (options.mixedSlugs) {
    const r = rng()
    if (r < 0.15) slug = pick(rng, LATIN_SLUGS)
    else if (r < 0.25) slug = `${words(article.title).slice(0, 3).join('-')}-${arabicNumber(n + 1)}`
    else if (r < 0.3) slug = ''
  }
  return { ...article, slug, tags }
}

/** Article number `n` of the synthetic newsroom: the same for every size that includes it. */
export function syntheticArticle(n: number, options: SyntheticOptions = {}): Article {
  const article = baseArticle(n)
  return options.tagPool || options.mixedSlugs ? vary(article, n, options) : article
}

function baseArticle(n: number): Article {
  const rng = prng(0x5eed + n * 7919)
  const id = uuid(rng)
  const [subject, gender] = pick(rng, SUBJECTS)
  const verb = `${gender === 'f' ? 'ت' : 'ي'}${pick(rng, VERBS)}`
  const title = `${subject} ${verb} ${pick(rng, OBJECTS)} ${pick(rng, COMPLEMENTS)}`.trim()
  const createdAt = EPOCH - Math.floor(rng() * SPAN)
  const updatedAt = createdAt + Math.floor(rng() * 3 * 86_400_000)
  const r = rng()
  const status = STATUSES.find(([, p]) => r < p)?.[0] ?? 'published'
  const standfirst = `${sentence(rng)} ${sentence(rng)}`
  return {
    id,
    title,
    standfirst,
    body: body(rng),
    excerpt: sentence(rng),
    slug: words(title).slice(0, 5).join('-'),
    byline: pick(rng, NAMES),
    tags: [...new Set(Array.from({ length: between(rng, 1, 4) }, () => pick(rng, TAGS)))],
    category: pick(rng, CATEGORIES),
    status,
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
    revision: between(rng, 1, 12),
  }
}

/** A changed copy of `article`'s body: one paragraph rewritten, as an editor's save would. */
export function editParagraph(article: Article, rng: Rng): Article['body'] {
  const content = structuredClone(article.body.content ?? [])
  const paragraphs = content.filter((n) => n.type === 'paragraph' && n.content?.length)
  const target = pick(rng, paragraphs)
  if (target) target.content = inline(rng, between(rng, 2, 5))
  return { type: 'doc', content }
}

/** The revision file name the store uses: revision, save time and status. */
const revisionName = (a: Article): string =>
  `${String(a.revision).padStart(8, '0')}-${Date.parse(a.updatedAt)}-${a.status}.json`

export interface GeneratedData {
  articles: number
  words: number
  /** Bytes written to the per-article data directory and to the baseline's db.json. */
  oursBytes: number
  baselineBytes: number
}

/**
 * Writes `count` articles as a Midad data directory in `oursDir` (article files, one revision
 * each, an index snapshot with an empty journal, schema-2 marker) and as one lowdb `db.json`
 * (`{ articles: [...] }`, formatted as lowdb's JSONFile writes it) at `baselineFile`, unless it
 * is null. `options` varies the articles (see {@link SyntheticOptions}).
 */
export async function generate(
  count: number,
  oursDir: string,
  baselineFile: string | null,
  progress: (done: number) => void = () => {},
  options: SyntheticOptions = {},
): Promise<GeneratedData> {
  const layout = dataLayout(oursDir)
  await mkdir(layout.articlesDir, { recursive: true })
  await mkdir(layout.revisionsDir, { recursive: true })
  const index: Record<string, ArticleSummary> = {}
  const baseline = baselineFile ? createWriteStream(baselineFile) : null
  const put = async (text: string) => {
    if (baseline && !baseline.write(text)) await once(baseline, 'drain')
  }
  const result: GeneratedData = { articles: count, words: 0, oursBytes: 0, baselineBytes: 0 }
  await put('{\n  "articles": [')
  const BATCH = 64
  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) =>
      syntheticArticle(start + i, options),
    )
    await Promise.all(
      batch.map(async (article) => {
        const file = `${JSON.stringify(article, null, 2)}\n`
        const revision = `${JSON.stringify(article)}\n`
        const dir = layout.revisionsOf(article.id)
        await mkdir(dir)
        await writeFile(join(dir, revisionName(article)), revision, { mode: 0o600 })
        await writeFile(layout.article(article.id), file, { mode: 0o600 })
        result.oursBytes += Buffer.byteLength(file) + Buffer.byteLength(revision)
      }),
    )
    for (const [i, article] of batch.entries()) {
      index[article.id] = summarize(article)
      result.words += countDocWords(article.body.content ?? [])
      if (!baseline) continue
      // Exactly JSON.stringify({ articles }, null, 2): each article indented by four spaces.
      const text = `${start + i === 0 ? '' : ','}\n${JSON.stringify(article, null, 2).replace(/^/gm, '    ')}`
      result.baselineBytes += Buffer.byteLength(text)
      await put(text)
    }
    progress(Math.min(start + BATCH, count))
  }
  await put('\n  ]\n}')
  if (baseline) {
    baseline.end()
    await once(baseline, 'finish')
    result.baselineBytes += 10
  }
  const indexText = `${JSON.stringify({ articles: index }, null, 2)}\n`
  await writeFile(layout.index, indexText, { mode: 0o600 })
  await writeFile(layout.journal, '', { mode: 0o600 })
  const meta = {
    format: 'midad-data',
    schemaVersion: STORE_SCHEMA_VERSION,
    createdAt: new Date(EPOCH).toISOString(),
  }
  await writeFile(layout.meta, `${JSON.stringify(meta, null, 2)}\n`, { mode: 0o600 })
  result.oursBytes += Buffer.byteLength(indexText)
  return result
}
