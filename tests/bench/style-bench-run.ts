// The house-style checker and the paste/import clean-up on long Arabic articles, measured in one
// process against a baseline pass over the same document (so the figures are ratios a noisy
// machine cannot skew much). Run by tests/bench/style-bench.mjs; prints one JSON line.
import { performance } from 'node:perf_hooks'
import { normalizeForSearch } from '../../shared/arabic/normalize'
import type { Doc, DocNode } from '../../shared/articles/doc-schema'
import { cleanDoc } from '../../shared/cleanup/detect-boilerplate'
import { docToPlainText } from '../../shared/doc/doc-text'
import { checkStyle } from '../../shared/style/check-style'
import { defaultHouseStyle } from '../../shared/style/house-style'
import { emit, log } from './bench-output'
import { body, prng } from './store-bench-data'

const RUNS = 15
const SIZES = [500, 2_000, 10_000]
const TITLE = 'الحكومة تقر موازنة العام المقبل وسط جدل برلماني'

/** The median time of `task` over {@link RUNS} runs (after two warm-up runs). */
function median(task: () => unknown): number {
  task()
  task()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    task()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

/** Typical slips in agency copy sprinkled through the text: tatweel, Latin commas, doubled words. */
function withSlips(doc: Doc, seed: number): Doc {
  const rng = prng(seed)
  const slip = (text: string): string =>
    text
      .split(' ')
      .map((word) => {
        const r = rng()
        if (r < 0.01 && word.length > 3) return `${word.slice(0, 2)}ـ${word.slice(2)}`
        if (r < 0.015) return `${word},`
        if (r < 0.018) return `${word} ${word}`
        if (r < 0.02) return `${word} 2026`
        return word
      })
      .join(' ')
  const visit = (node: DocNode): DocNode => ({
    ...node,
    ...(node.text !== undefined ? { text: slip(node.text) } : {}),
    ...(node.content ? { content: node.content.map(visit) } : {}),
  })
  return visit(doc) as Doc
}

/** The article wrapped in what a scraped WordPress post carries around it. */
function scraped(doc: Doc): DocNode {
  const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
  return {
    type: 'doc',
    content: [
      p('الرئيسية'),
      p('أخبار'),
      p(TITLE),
      ...(doc.content ?? []),
      p('شارك هذا المقال: فيسبوك تويتر واتساب طباعة'),
      p(`اقرأ أيضاً: ${TITLE}`),
      p('اترك تعليقاً'),
      p('لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *'),
      p('زر الذهاب إلى الأعلى'),
      p('إغلاق'),
    ],
  }
}

const results = SIZES.map((size) => {
  const doc = withSlips(body(prng(size), size), size + 1)
  const words = docToPlainText(doc).split(/\s+/).filter(Boolean).length
  const baseline = median(() => normalizeForSearch(docToPlainText(doc)))
  let findings = 0
  const check = median(() => {
    findings = checkStyle({ title: TITLE, standfirst: '', body: doc }, defaultHouseStyle).length
  })
  const page = scraped(doc)
  const copy = median(() => structuredClone(page))
  let removed = 0
  const clean = median(() => {
    removed = cleanDoc(page, { title: TITLE }).removed.length
  })
  log(`${size} words: check ${check.toFixed(2)} ms, clean ${clean.toFixed(2)} ms`)
  return { size, words, findings, removed, baseline, check, copy, clean }
})
emit({ runs: RUNS, results })
