import type { ArticleFields } from '../../shared/articles/article-schema'
import type { Doc, DocNode } from '../../shared/articles/doc-schema'

/** The global every hostile payload would set if it ever ran. */
export const PWNED = '__midadPwned'
const run = `window.${PWNED}=1;alert(1)`

const text = (value: string, marks?: DocNode['marks']): DocNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
const link = (href: string, extra: Record<string, unknown> = {}) => [
  { type: 'link', attrs: { href, ...extra } },
]
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })

/** Link addresses that must never survive as a link. */
export const HOSTILE_HREFS = [
  `javascript:${run}`,
  ` JaVaScRiPt:${run}`,
  `java\tscript:${run}`,
  `data:text/html,<script>${run}</script>`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `//evil.example/x`,
  `file:///etc/passwd`,
]

/**
 * An article whose every field carries hostile input: script tags, event handlers, javascript:
 * and data: URLs, SVG with script, `</title>` and `</script>` breakouts, RTL overrides.
 */
export function hostileFields(): ArticleFields {
  const breakout = `</title></script><script>${run}</script><img src=x onerror="${run}">`
  return {
    title: `\u202Eكارثة\u202C ${breakout} <svg onload="${run}"><script>${run}</script></svg>`,
    standfirst: `"><iframe src="javascript:${run}"></iframe><svg><script>${run}</script></svg>`,
    excerpt: `" onmouseover="${run}" x="</script><script>${run}</script>\u2028\u2029`,
    slug: `../../etc/passwd<script>${run}</script>\u202E`,
    byline: `<a href="javascript:${run}">محرر</a>\u202Eفلان`,
    tags: [`<script>${run}</script>`, `" onfocus="${run}" autofocus="`, '</script>', '\u202Eوسم'],
    category: `<style>*{background:url(https://evil.example/)}</style>`,
    status: 'draft',
    body: {
      type: 'doc',
      content: [
        paragraph(text(`<script>${run}</script><img src=x onerror=${run}>`)),
        {
          type: 'paragraph',
          attrs: { dir: `"><script>${run}</script>`, onclick: run, style: 'x' },
          content: [text('فقرة بسمات معادية')],
        },
        {
          type: 'heading',
          attrs: { level: 9, dir: 'ltr', onmouseover: run },
          content: [text(`<svg onload=${run}>`)],
        },
        paragraph(
          ...HOSTILE_HREFS.map((href, i) => text(`رابط ${i} `, link(href))),
          text(
            'رابط بسمات ',
            link('https://example.com/ok', {
              target: '_blank',
              class: `" onclick="${run}`,
              title: `"><script>${run}</script>`,
              onclick: run,
              rel: 'opener',
            }),
          ),
          text('رابط يكسر السمة', link(`https://example.com/" onmouseover="${run}`)),
        ),
        paragraph(text(`\u202Eنص معكوس\u202C و <!-- تعليق --> و ]]> و &amp;`)),
      ],
    },
  }
}

/**
 * A document with every node and mark of the article schema (figures are added by the tests that
 * need them, when the schema has them).
 */
export function everyNodeDoc(): Doc {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [text('عنوان فرعي من المستوى الثاني')] },
      paragraph(
        text('فقرة عربية فيها '),
        text('نص غامق', [{ type: 'bold' }]),
        text(' و'),
        text('مائل', [{ type: 'italic' }]),
        text(' و'),
        text('مسطّر', [{ type: 'underline' }]),
        text(' و'),
        text('كلها معًا', [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }]),
        text(' و'),
        text('رابط ', link('https://example.com/خبر?q=1&r=2')),
        text('غامق داخل رابط', [...link('https://example.com/خبر?q=1&r=2'), { type: 'bold' }]),
        text('.'),
      ),
      {
        type: 'paragraph',
        attrs: { dir: 'ltr' },
        content: [
          text('An English sentence quoting '),
          text('العربية', [{ type: 'italic' }]),
          text(' in the middle, with a '),
          text('mail link', link('mailto:desk@example.com')),
          text('.'),
        ],
      },
      {
        type: 'paragraph',
        attrs: { dir: 'rtl' },
        content: [text('سطر أول'), { type: 'hardBreak' }, text('سطر ثانٍ بعد فاصل أسطر')],
      },
      { type: 'heading', attrs: { level: 3 }, content: [text('عنوان من المستوى الثالث')] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('بند أول'))] },
          {
            type: 'listItem',
            content: [
              paragraph(text('بند فيه قائمة')),
              {
                type: 'orderedList',
                content: [{ type: 'listItem', content: [paragraph(text('بند متداخل'))] }],
              },
            ],
          },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          { type: 'listItem', content: [paragraph(text('البند الثالث'))] },
          { type: 'listItem', content: [paragraph(text('Fourth item, in English'))] },
        ],
      },
      {
        type: 'blockquote',
        content: [
          paragraph(text('«اقتباس عربي في فقرة أولى»')),
          paragraph(text('"An English quote", she said.')),
        ],
      },
      paragraph(text('الأرقام 2026 و١٢٣ تبقى كما كتبها المحرر: 3 < 4 & 5 > 2 "مقتبس" \'مفرد\'')),
    ],
  }
}

/** The fields of an article built on {@link everyNodeDoc}. */
export function everyNodeFields(): ArticleFields {
  return {
    title: 'مقال فيه كل عقدة: Mixed العربية and English',
    standfirst: 'مقدمة المقال التي تظهر تحت العنوان.',
    excerpt: '',
    slug: 'every-node',
    byline: 'فريق الاختبار',
    tags: ['اختبار', 'HTML'],
    category: 'تقنية',
    status: 'published',
    body: everyNodeDoc(),
  }
}
