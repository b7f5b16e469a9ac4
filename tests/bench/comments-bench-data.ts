// Synthetic comments for the comments benchmark: deterministic Arabic comments spread over many
// articles, written straight into the store's on-disk format (the 64 shard files), so generating
// 200,000 takes seconds and the measured process reads exactly what the app would.
import { mkdir, writeFile } from 'node:fs/promises'
import { SHARDS, shardName, shardOf } from '../../electron/comments/comment-store'
import { dataLayout } from '../../electron/store/data-layout'
import type { Comment, CommentStatus } from '../../shared/comments/comment-schema'
import { prng } from './store-bench-data'

type Rng = () => number
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T

const NAMES = [
  'أحمد',
  'فاطمة',
  'محمد',
  'ليلى',
  'سامي',
  'نور',
  'خالد',
  'مريم',
  'يوسف',
  'هدى',
  'عمر',
  'رنا',
]
const FAMILIES = [
  'الخوري',
  'حداد',
  'العلي',
  'منصور',
  'الزين',
  'عبد الله',
  'الشامي',
  'ناصر',
  'سليمان',
]
const OPENINGS = [
  'شكرًا على هذا التقرير',
  'أختلف مع الكاتب',
  'مقال ممتاز',
  'هذا الكلام غير دقيق',
  'سؤالي للمحرر',
  'تحية لفريق التحرير',
  'للأسف',
  'أخيرًا',
]
const PHRASES = [
  'الحكومة لم تفعل شيئًا منذ سنوات',
  'أسعار الكهرباء ارتفعت كثيرًا هذا الشهر',
  'المدارس تحتاج إلى اهتمام أكبر',
  'أين وزارة الصحة من كل هذا؟',
  'الطرق في حيّنا مدمّرة منذ الشتاء الماضي',
  'أتمنى أن تتابعوا هذا الموضوع',
  'المنتخب الوطني يستحق مدربًا أفضل',
  'البنك المركزي يتحمل المسؤولية',
  'الشباب يبحثون عن عمل ولا يجدون',
  'المياه تنقطع يومين كل أسبوع',
  'نريد أرقامًا لا وعودًا',
  'الإعلام يجب أن يكون مستقلًا',
  'ما رأي الخبراء في ذلك؟',
  'هذا ما قلناه قبل عام كامل',
]
const STATUSES: [CommentStatus, number][] = [
  ['pending', 0.2],
  ['approved', 0.7],
  ['spam', 0.07],
  ['trash', 0.03],
]

function status(rng: Rng): CommentStatus {
  let r = rng()
  for (const [s, share] of STATUSES) {
    if (r < share) return s
    r -= share
  }
  return 'approved'
}

/** The id of benchmark article `n`. */
export const articleId = (n: number) => `bench-article-${String(n).padStart(5, '0')}`

/** Comment `n` of the synthetic set. */
function comment(n: number, articles: number, rng: Rng, now: number): Comment {
  const name = `${pick(rng, NAMES)} ${pick(rng, FAMILIES)}`
  const article = Math.floor(rng() * articles)
  const sentences = 1 + Math.floor(rng() * 4)
  const parts = [pick(rng, OPENINGS)]
  for (let i = 0; i < sentences; i++) parts.push(pick(rng, PHRASES))
  const s = status(rng)
  const at = new Date(now - Math.floor(rng() * 365 * 86_400_000)).toISOString()
  return {
    id: `c-bench-${String(n).padStart(6, '0')}`,
    articleId: articleId(article),
    articleTitle: `خبر رقم ${article}`,
    author: { name, email: `reader${Math.floor(rng() * 40_000)}@example.com`, url: '' },
    body: `${parts.join('، ')}.`,
    createdAt: at,
    status: s,
    source: { kind: 'local' },
    parentId: null,
    reply: null,
    match: null,
    conflict: null,
    history: [{ action: 'received', by: { kind: 'import' }, at, to: s }],
    version: 1,
  }
}

/**
 * Writes `count` comments over `articles` articles into `dataDir`'s shard files. Returns the
 * bytes written and the statuses' counts.
 */
export async function generateComments(dataDir: string, count: number, articles: number) {
  const layout = dataLayout(dataDir)
  await mkdir(layout.commentsDir, { recursive: true })
  const rng = prng(7)
  const now = Date.parse('2026-11-24T12:00:00Z')
  const shards: Comment[][] = Array.from({ length: SHARDS }, () => [])
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 }
  for (let n = 0; n < count; n++) {
    const c = comment(n, articles, rng, now)
    counts[c.status]++
    shards[Number.parseInt(shardOf(c.id), 16)]?.push(c)
  }
  let bytes = 0
  for (let i = 0; i < SHARDS; i++) {
    const text = `${JSON.stringify({ comments: shards[i] })}\n`
    bytes += Buffer.byteLength(text)
    await writeFile(layout.commentShard(shardName(i)), text)
  }
  return { bytes, counts }
}
