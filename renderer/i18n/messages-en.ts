import { cleanupEn } from './cleanup-messages'
import { commentsEn } from './comments-messages'
import { exportEn } from './export-messages'
import { findEn } from './find-messages'
import { houseStyleEn } from './house-style-messages'
import { mediaEn } from './media-messages'
import { publishEn } from './publish-messages'
import { shellEn } from './shell-messages'
import { siteExportEn } from './site-export-messages'
import { slugEn } from './slug-messages'
import { spellingEn } from './spelling-messages'
import { styleCheckEn } from './style-check-messages'
import { targetsEn } from './targets-messages'
import { themeEn } from './theme-messages'
import { workflowEn } from './workflow-messages'

/** English UI strings of the core UI; each domain keeps its own in `<domain>-messages.ts`. */
const coreEn = {
  appName: 'Midad',
  newArticle: 'New article',
  newArticleHint: 'New article (Ctrl+N)',
  articles: 'Articles',
  searchArticles: 'Search articles',
  filterByStatus: 'Filter by status',
  allStatuses: 'All statuses',
  noArticles: 'No articles match.',
  untitled: 'Untitled',
  title: 'Title',
  titlePlaceholder: 'Headline',
  standfirst: 'Standfirst',
  standfirstPlaceholder: 'A sentence or two that sums up the story',
  body: 'Body',
  status: 'Status',
  'status.draft': 'Draft',
  'status.in_review': 'In review',
  'status.ready': 'Ready',
  displayName: 'Your name',
  displayNameHint: 'The name your saves are recorded under in each article’s history',
  savedBy: 'by {name}',
  'status.scheduled': 'Scheduled',
  'status.published': 'Published',
  save: 'Save',
  saveHint: 'Save (Ctrl+S)',
  language: 'Language',
  formatting: 'Formatting',
  paragraph: 'Paragraph',
  heading2: 'Heading 2',
  heading3: 'Heading 3',
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  link: 'Link',
  linkAddress: 'Link address',
  applyLink: 'Apply',
  removeLink: 'Remove link',
  cancel: 'Cancel',
  invalidLink: 'Enter a full http(s) or mailto address, e.g. https://example.com',
  bulletList: 'Bullet list',
  orderedList: 'Numbered list',
  blockquote: 'Quote',
  undo: 'Undo',
  redo: 'Redo',
  wordCount: 'Word count',
  wordsLabel: 'Words: {n}',
  readingTime: 'Reading time',
  'minutes.zero': 'under a minute',
  'minutes.one': '{n} minute',
  'minutes.two': '{n} minutes',
  'minutes.few': '{n} minutes',
  'minutes.many': '{n} minutes',
  'minutes.other': '{n} minutes',
  saveState: 'Save state',
  'saveState.saved': 'Saved',
  'saveState.saving': 'Saving…',
  'saveState.unsaved': 'Unsaved changes',
  'saveState.error': 'Not saved',
  'saveState.conflict': 'Conflict',
  saveFailed: 'Saving failed: {message}',
  conflictMessage:
    'This article was saved elsewhere (revision {current}) after you opened it. Your text is still here and has not been saved.',
  conflictOverwrite: 'Overwrite with my version',
  conflictCopy: 'Save mine as a copy',
  conflictReload: 'Discard mine and load theirs',
  loading: 'Loading…',
  loadFailed: 'Could not open the article: {message}',
  selectArticle: 'Select an article, or create a new one.',
  updated: 'Updated {time}',
  deleteArticle: 'Delete article',
  confirmDelete: 'Delete "{title}"? This cannot be undone.',
  deleteFailed: 'Could not delete the article: {message}',
  readOnlyNotice:
    'Read-only: this data directory is open in another Midad ({app}, process {pid}). Close it to edit here.',
  copyTitle: '{title} (my version)',
  underAMinute: 'under a minute',
  bodyPlaceholder: 'Write the story here…',
  unreachable:
    'Midad’s data service is not answering. Your text is still here; check that Midad (or midad serve) is running, then retry.',
  recovered:
    'The article "{title}" was damaged on disk. The damaged file was moved to {file} and revision {revision} was restored ({time}).',
  recoveryLost:
    'The article "{title}" was damaged on disk and had no good revision. The damaged file was moved to {file}.',
  dismiss: 'Dismiss',
  retry: 'Retry',
  history: 'History',
  closeHistory: 'Close history',
  revisions: 'Revisions',
  revisionLabel: 'Revision {n}',
  revisionOption: 'Revision {n} · {time}',
  currentRevision: 'Current',
  'words.zero': '{n} words',
  'words.one': '{n} word',
  'words.two': '{n} words',
  'words.few': '{n} words',
  'words.many': '{n} words',
  'words.other': '{n} words',
  compareFrom: 'Older revision',
  compareTo: 'Newer revision',
  compare: 'Compare',
  changes: 'Changes',
  changesSummary: 'Removed: {removed} · Added: {added}',
  noChanges: 'These two revisions have the same text.',
  statusChange: 'Status: {before} → {after}',
  removedText: 'removed',
  addedText: 'added',
  restore: 'Restore',
  restored:
    'Revision {n} was restored as revision {m}. The text it replaced is still in the history.',
  restoreFailed: 'Could not restore: {message}',
  historyFailed: 'Could not load the history: {message}',
  comparison: '{from} → {to}',
  unchangedParagraphs: '⋯ unchanged paragraphs: {n}',
  backupFailed:
    'The daily backup of your articles failed: {message}. Your articles are safe; Midad tries again every hour.',
  showMore: 'Show {n} more ({left} not shown)',
} as const

/** Every English UI string. The keys are the message ids; Arabic must provide every one of them. */
export const en = {
  ...coreEn,
  ...mediaEn,
  ...exportEn,
  ...siteExportEn,
  ...publishEn,
  ...targetsEn,
  ...commentsEn,
  ...workflowEn,
  ...findEn,
  ...styleCheckEn,
  ...houseStyleEn,
  ...cleanupEn,
  ...slugEn,
  ...themeEn,
  ...shellEn,
  ...spellingEn,
} as const

export type MessageId = keyof typeof en
