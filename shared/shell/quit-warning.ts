import { toArabicIndicDigits } from '../arabic/characters'
import type { PublishJob } from '../publish/publish-job'
import type { Language } from '../settings/settings-schema'

/** The texts of the quit dialog (a native message box: plain text, no markup). */
export interface QuitWarningText {
  message: string
  detail: string
  /** The button that quits anyway. */
  quit: string
  /** The button that keeps Midad open (the default). */
  cancel: string
}

/** The part of a publishing job the warning names. */
export type QuitJob = Pick<PublishJob, 'articleId' | 'action' | 'targetName' | 'schedule' | 'state'>

/** What quitting now would lose. */
export interface QuitState {
  /** Titles of the articles whose edits are not saved yet. */
  readonly unsaved: readonly string[]
  /** The publishing jobs (`publish.jobs`); only queued, running and waiting ones count. */
  readonly jobs: readonly QuitJob[]
  readonly now: Date
  /** Article titles by id, to say which article each job publishes (optional). */
  readonly titles?: Readonly<Record<string, string>>
  /** Writes a scheduled time; the default is `2026-11-24 14:30 UTC` in the language's digits. */
  readonly formatTime?: (time: Date) => string
}

/** How many titles or jobs are listed before "and N more": a dialog, not a report. */
const LISTED = 5
const PENDING = new Set<QuitJob['state']>(['queued', 'running', 'waiting'])

/**
 * The question to ask before Midad's window closes, or null when nothing would be lost. It says
 * exactly what would be lost: which articles' edits (up to five titles, then "and N more"), and
 * which publishing jobs would wait until Midad is opened again (each target, and a scheduled one's
 * time, which it would miss). Titles and target names are untrusted: {@link plainLine} keeps them
 * from reordering or faking the dialog's lines.
 */
export function quitWarning(lang: Language, state: QuitState): QuitWarningText | null {
  const words = lang === 'ar' ? AR : EN
  const jobs = state.jobs.filter((job) => PENDING.has(job.state))
  const { unsaved } = state
  if (unsaved.length === 0 && jobs.length === 0) return null
  const message: string[] = []
  const detail: string[] = []
  if (unsaved.length > 0) {
    message.push(words.unsaved(unsaved.length))
    const titles = unsaved.map((title) => plainLine(title) || words.untitled)
    detail.push(section(words.unsavedHeading, titles, words.moreArticles))
  }
  if (jobs.length > 0) {
    message.push(words.jobs(jobs.length))
    const format = state.formatTime ?? ((time: Date) => utcTime(lang, time))
    const lines = jobs.map((job) => jobLine(words, job, state, format))
    detail.push(section(words.jobsHeading, lines, words.moreJobs))
  }
  const { quit, cancel } = words
  return { message: message.join(' '), detail: detail.join('\n\n'), quit, cancel }
}

/** A heading and a dashed list of at most LISTED lines, then "and N more". */
function section(heading: string, lines: string[], more: (n: number) => string): string {
  const shown = lines.slice(0, LISTED)
  if (lines.length > LISTED) shown.push(more(lines.length - LISTED))
  return [heading, ...shown.map((line) => `– ${line}`)].join('\n')
}

function jobLine(words: Words, job: QuitJob, state: QuitState, format: (t: Date) => string) {
  const target = plainLine(job.targetName, 80) || words.untitled
  let line = job.action === 'unpublish' ? words.unpublish(target) : words.publish(target)
  const title = state.titles?.[job.articleId]
  if (title !== undefined) line += words.title(plainLine(title) || words.untitled)
  const when = job.schedule === null ? Number.NaN : Date.parse(job.schedule)
  if (when > state.now.getTime()) line += words.scheduled(format(new Date(when)))
  return line
}

/** `2026-11-24 14:30 UTC`: unambiguous whatever the computer's time zone. */
function utcTime(lang: Language, time: Date): string {
  const iso = time.toISOString()
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
  return `${lang === 'ar' ? toArabicIndicDigits(text) : text} UTC`
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g
/** Bidi controls: the Arabic letter mark, LRM/RLM, embeddings, overrides (U+202E), isolates. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/**
 * Untrusted text (a title, a target's name) as one inert line of a native dialog: bidi controls
 * are removed so it cannot reorder the sentence around it, and line breaks become spaces so it
 * cannot add lines that look like Midad's own. Cut to `max` code points with an ellipsis.
 */
export function plainLine(text: string, max = 100): string {
  const flat = text
    .replace(BIDI, '')
    .replace(CONTROLS, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
  const chars = Array.from(flat)
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat
}

/**
 * Arabic count phrases by CLDR category: [1, 2, 3–10, 11–99, 0/100–102/…] as the last two digits
 * decide (مقال واحد، مقالان، ٣ مقالات، ١١ مقالًا، ١٠٠ مقال); `{n}` is the count in Arabic-Indic digits.
 */
export function arabicCount(n: number, forms: readonly [string, string, string, string, string]) {
  const rest = n % 100
  const form = n === 1 ? 0 : n === 2 ? 1 : rest >= 3 && rest <= 10 ? 2 : rest >= 11 ? 3 : 4
  return forms[form].replace('{n}', toArabicIndicDigits(String(n)))
}

const en = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const EN = {
  unsaved: (n: number) => `Unsaved edits in ${en(n, 'article', 'articles')} will be lost.`,
  jobs: (n: number) =>
    `${en(n, 'publishing job', 'publishing jobs')} will not be sent until Midad is opened again.`,
  unsavedHeading: 'Unsaved edits (lost if you quit now):',
  jobsHeading: 'Not sent yet (they are sent when Midad is opened again):',
  untitled: 'Untitled',
  moreArticles: (n: number) => `and ${en(n, 'more article', 'more articles')}`,
  moreJobs: (n: number) => `and ${en(n, 'more job', 'more jobs')}`,
  publish: (target: string) => `Publish to ${target}`,
  unpublish: (target: string) => `Unpublish from ${target}`,
  title: (title: string) => `: “${title}”`,
  scheduled: (time: string) => ` (scheduled for ${time}: it will not go out at that time)`,
  quit: 'Quit Anyway',
  cancel: 'Keep Midad Open',
}
type Words = typeof EN

const AR: Words = {
  unsaved: (n) =>
    `${arabicCount(n, ['مقال واحد لم تُحفظ تعديلاته', 'مقالان لم تُحفظ تعديلاتهما', '{n} مقالات لم تُحفظ تعديلاتها', '{n} مقالًا لم تُحفظ تعديلاتها', '{n} مقال لم تُحفظ تعديلاتها'])}، وستضيع التعديلات إن خرجت الآن.`,
  jobs: (n) =>
    `${arabicCount(n, ['مهمة نشر واحدة لن تُرسَل', 'مهمتا نشر لن تُرسَلا', '{n} مهام نشر لن تُرسَل', '{n} مهمة نشر لن تُرسَل', '{n} مهمة نشر لن تُرسَل'])} حتى يُفتح مداد من جديد.`,
  unsavedHeading: 'تعديلات غير محفوظة (تضيع إن خرجت الآن):',
  jobsHeading: 'لم يُرسل بعد (يُرسل عند فتح مداد من جديد):',
  untitled: 'بلا عنوان',
  moreArticles: (n) =>
    arabicCount(n, [
      'ومقال آخر',
      'ومقالان آخران',
      'و{n} مقالات أخرى',
      'و{n} مقالًا آخر',
      'و{n} مقال آخر',
    ]),
  moreJobs: (n) =>
    arabicCount(n, [
      'ومهمة أخرى',
      'ومهمتان أخريان',
      'و{n} مهام أخرى',
      'و{n} مهمة أخرى',
      'و{n} مهمة أخرى',
    ]),
  publish: (target) => `النشر على ${target}`,
  unpublish: (target) => `إلغاء النشر من ${target}`,
  title: (title) => `: «${title}»`,
  scheduled: (time) => ` (مجدول في ${time}، ولن يُنشر في موعده)`,
  quit: 'الخروج على أي حال',
  cancel: 'إبقاء مداد مفتوحًا',
}
