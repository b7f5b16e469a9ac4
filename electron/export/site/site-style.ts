import { FONT_WEIGHTS, type FontWeight, fontBytes, fontFace, LAYOUT } from '../page-style'

/** The site's stylesheet and font files, relative to its root. */
export const SITE_CSS = 'assets/site.css'
export const fontPath = (weight: FontWeight) => `assets/fonts/noto-naskh-arabic-${weight}.woff2`

/** What a site adds to the article page's layout: the masthead, list pages and page links. */
const SITE_LAYOUT = `
.masthead { border-bottom: 1px solid var(--line); background: #fff; }
.masthead nav { max-width: 42rem; margin: 0 auto; padding: 0.75rem 1.25rem; display: flex; gap: 1.5rem; align-items: baseline; flex-wrap: wrap; }
.masthead .site-name { font-size: 1.4rem; font-weight: 700; color: var(--ink); text-decoration: none; }
.listing > h1 { margin-bottom: 1.5rem; }
.article-list { list-style: none; padding: 0; margin: 0; }
.article-list > li { border-bottom: 1px solid var(--line); padding: 1rem 0; }
.article-list h2 { font-size: 1.35rem; margin: 0 0 0.25rem; }
.article-list h2 a { color: var(--ink); text-decoration: none; }
.article-list h2 a:hover, .article-list h2 a:focus-visible { text-decoration: underline; }
.article-list .dateline { border: 0; padding: 0; margin: 0 0 0.25rem; }
.article-list .summary { margin: 0; color: var(--muted); }
.tag-index { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.tag-index li { border: 1px solid var(--line); border-radius: 999px; padding: 0 0.8rem; }
.pages { display: flex; justify-content: space-between; gap: 1rem; margin-top: 2rem; }
@media print { .masthead, .pages { display: none; } }
`

/**
 * The site's one stylesheet: the article page's typography with the font as files beside it
 * (`assets/fonts/`, relative to the stylesheet), and the site's own parts. Pages link it, so the
 * font and styles are downloaded once for the whole site.
 */
export function siteCss(): string {
  return [
    ...FONT_WEIGHTS.map((weight) =>
      fontFace(weight, `"fonts/${fontPath(weight).split('/').pop()}"`),
    ),
    LAYOUT.trim(),
    SITE_LAYOUT.trim(),
  ].join('\n')
}

/** The site's asset files other than images: the stylesheet and the fonts. */
export function siteAssets(): { path: string; data: string | Uint8Array }[] {
  return [
    { path: SITE_CSS, data: siteCss() },
    ...FONT_WEIGHTS.map((weight) => ({ path: fontPath(weight), data: fontBytes(weight) })),
  ]
}
