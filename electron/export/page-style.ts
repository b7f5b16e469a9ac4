import { readFileSync } from 'node:fs'
// A namespace import, so bundles that declare their own `createRequire` (a CJS shim) stay valid.
import * as nodeModule from 'node:module'

/** The Arabic subset of Noto Naskh Arabic, the editor's text face, in the weights the page uses. */
const FONT_FILES = {
  400: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
  700: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2',
} as const

/** The weights a page uses. */
export const FONT_WEIGHTS = [400, 700] as const
export type FontWeight = (typeof FONT_WEIGHTS)[number]

/** Font files are the largest part of a page; checked so a broken install fails clearly. */
const MAX_FONT_BYTES = 1024 * 1024

const fonts = new Map<FontWeight, Buffer>()

/** The WOFF2 bytes of one weight, read once from the installed @fontsource package. */
export function fontBytes(weight: FontWeight): Buffer {
  let bytes = fonts.get(weight)
  if (!bytes) {
    const file = nodeModule.createRequire(import.meta.url).resolve(FONT_FILES[weight])
    bytes = readFileSync(file)
    if (bytes.length > MAX_FONT_BYTES || bytes.subarray(0, 4).toString('latin1') !== 'wOF2')
      throw new Error(`${file} is not the WOFF2 font Midad ships.`)
    fonts.set(weight, bytes)
  }
  return bytes
}

/** The `@font-face` rule for one weight, its source given as a URL (a data: URI or a file). */
export function fontFace(weight: FontWeight, url: string): string {
  return `@font-face {
  font-family: "Noto Naskh Arabic";
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url(${url}) format("woff2");
}`
}

/** The article page's typography and print rules, shared by standalone pages and sites. */
export const LAYOUT = `
:root {
  --ink: #1d1b18;
  --muted: #5c574f;
  --paper: #fffdf8;
  --line: #ddd6c8;
  --accent: #0b5c74;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body {
  margin: 0;
  font-family: "Noto Naskh Arabic", "Noto Naskh", "Amiri", "Times New Roman", serif;
  font-size: 1.1875rem;
  line-height: 1.9;
  text-rendering: optimizeLegibility;
  font-kerning: normal;
}
main { max-width: 42rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1, h2, h3 { line-height: 1.45; font-weight: 700; }
h1 { font-size: 2.1rem; margin: 0 0 0.75rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0 0 1em; }
.standfirst { font-size: 1.3rem; color: var(--muted); margin-bottom: 1rem; }
.corrections { border-block-start: 2px solid var(--muted); margin-block: 2rem 1rem; padding-block-start: 0.5rem; }
.corrections h2 { font-size: 1.1rem; }
.dateline { font-size: 0.95rem; color: var(--muted); border-bottom: 1px solid var(--line); padding-bottom: 1rem; margin-bottom: 2rem; }
.dateline .byline { font-weight: 700; color: var(--ink); }
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 0.25em; }
strong { font-weight: 700; }
blockquote { margin: 1.5rem 0; padding-inline-start: 1.25rem; border-inline-start: 4px solid var(--accent); color: var(--ink); }
ul, ol { padding-inline-start: 1.75rem; margin: 0 0 1em; }
li > p { margin: 0 0 0.35em; }
figure { margin: 2rem 0; }
img { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 0.95rem; color: var(--muted); margin-top: 0.5rem; }
figcaption .credit { display: block; font-size: 0.85rem; }
.tags { list-style: none; padding: 0; margin: 2.5rem 0 0; display: flex; flex-wrap: wrap; gap: 0.5rem; border-top: 1px solid var(--line); padding-top: 1rem; }
.tags li { border: 1px solid var(--line); border-radius: 999px; padding: 0 0.8rem; font-size: 0.95rem; }
@media print {
  @page { margin: 2cm 1.8cm; }
  html, body { background: #fff; color: #000; }
  body { font-size: 12pt; line-height: 1.7; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 22pt; }
  h2 { font-size: 16pt; }
  h3 { font-size: 13pt; }
  h1, h2, h3 { break-after: avoid; }
  p, blockquote, li { orphans: 3; widows: 3; }
  figure, blockquote, img { break-inside: avoid; }
  a { color: #000; text-decoration: underline; }
  a[href^="http"]::after { content: " <" attr(href) ">"; direction: ltr; unicode-bidi: isolate; font-size: 0.85em; }
  .standfirst, .dateline, figcaption { color: #333; }
  .tags li { border-color: #999; }
}
`

let css: string | undefined

/**
 * The page's embedded stylesheet: readable Arabic typography with Noto Naskh Arabic inside it as
 * base64 WOFF2 (so opening the page makes no network request), and a print stylesheet. Built once.
 */
export function pageStyle(): string {
  css ??= [
    ...FONT_WEIGHTS.map((w) =>
      fontFace(w, `data:font/woff2;base64,${fontBytes(w).toString('base64')}`),
    ),
    LAYOUT.trim(),
  ].join('\n')
  return css
}
