import type { ArticleFields } from '../../shared/articles/article-schema'
import type { PublishJob } from '../../shared/publish/publish-job'

/** A realistic Arabic news paragraph (about 60 words, with an English name in it). */
export const NEWS_PARAGRAPH =
  'أعلنت وزارة الصحة صباح اليوم عن افتتاح مستشفى جديد في مدينة الزرقاء، يضم مئتي سرير وقسماً متخصصاً لعلاج الأطفال. وقال الوزير في مؤتمر صحفي إن المشروع استغرق ثلاث سنوات من العمل المتواصل، بتمويل مشترك مع منظمة World Health Organization وعدد من المانحين. وأضاف أن المستشفى سيبدأ استقبال المرضى مطلع الشهر المقبل، وأن التوظيف سيشمل أكثر من خمسمئة طبيب وممرض من أبناء المحافظة والمحافظات المجاورة.'

/**
 * The fields of an article that passes every blocking pre-publish check: a title, a valid Arabic
 * slug, a body of more than 50 words, an excerpt, a category and tags.
 */
export function publishableFields(overrides: Partial<ArticleFields> = {}): Partial<ArticleFields> {
  return {
    title: 'افتتاح مستشفى جديد في الزرقاء',
    standfirst: 'مئتا سرير وقسم للأطفال',
    excerpt: 'وزارة الصحة تفتتح مستشفى جديداً في الزرقاء.',
    slug: 'مستشفى-الزرقاء',
    byline: 'سلمى الحسن',
    category: 'صحة',
    tags: ['الأردن', 'مستشفيات'],
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: NEWS_PARAGRAPH }] }],
    },
    ...overrides,
  }
}

/** Calls one API method and returns its value (throwing on an error envelope). */
export type ValueCaller = (method: string, args: unknown) => Promise<unknown>

/**
 * Polls a publish job until it reaches one of `states` (by default: finished or waiting to
 * retry) and returns it; fails after `timeoutMs`.
 */
export async function waitForJob(
  value: ValueCaller,
  articleId: string,
  jobId: string,
  states: readonly PublishJob['state'][] = ['done', 'failed', 'cancelled', 'waiting'],
  timeoutMs = 60_000,
): Promise<PublishJob> {
  const deadline = Date.now() + timeoutMs
  let last: PublishJob | undefined
  while (Date.now() < deadline) {
    const jobs = (await value('publish.jobs', { articleId })) as PublishJob[]
    last = jobs.find((j) => j.id === jobId)
    if (last && states.includes(last.state)) return last
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`Job ${jobId} did not reach ${states.join('/')}: ${JSON.stringify(last)}`)
}
