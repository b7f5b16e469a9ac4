import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { ApiError } from '../../shared/api/errors'
import { Article } from '../../shared/articles/article-schema'
import { type DataLayout, dataLayout } from './data-layout'
import { migrate } from './migrations/migrate'
import { SchemaFile } from './schema-file'
import { STORE_SCHEMA_VERSION, StoreMeta } from './store-meta'

export interface OpenDataDirOptions {
  /** Folder of sample article files that a brand-new data directory starts with. */
  sampleDir?: string | undefined
  now?: () => Date
  /** False when another process holds the directory: nothing is created or seeded here. */
  writable?: boolean
}

/**
 * Makes `dataDir` ready to use: creates it when missing, fills a brand-new one with the sample
 * newsroom, and migrates an older schema to the current one. A folder that already holds articles but no marker is
 * adopted as-is; it is never overwritten.
 */
export async function openDataDir(
  dataDir: string,
  options: OpenDataDirOptions = {},
): Promise<DataLayout> {
  const layout = dataLayout(dataDir)
  const now = options.now ?? (() => new Date())
  const metaFile = new SchemaFile(layout.meta, StoreMeta, dataDir)
  const writable = options.writable ?? true
  if (writable) await mkdir(layout.articlesDir, { recursive: true })
  let meta = await metaFile.read()
  if (!meta) {
    if (!writable) return layout
    // A new directory gets the sample newsroom; either way it starts as schema 1 and is migrated.
    const existing = (await readdir(layout.articlesDir)).filter((f) => f.endsWith('.json'))
    if (existing.length === 0 && options.sampleDir) await copySamples(options.sampleDir, layout)
    meta = { format: 'midad-data', schemaVersion: 1, createdAt: now().toISOString() }
    await new Low(metaFile, meta).write()
  }
  if (meta.schemaVersion > STORE_SCHEMA_VERSION) {
    throw new ApiError(
      'invalid_data',
      `This data directory was written by a newer Midad (schema ${meta.schemaVersion}; this build reads ${STORE_SCHEMA_VERSION}). Update Midad to open it.`,
      { file: 'midad.json' },
    )
  }
  if (meta.schemaVersion < STORE_SCHEMA_VERSION && writable) await migrate(layout, meta)
  return layout
}

/** Validates every sample before copying any, so a broken sample never half-seeds a directory. */
async function copySamples(sampleDir: string, layout: DataLayout): Promise<void> {
  const dir = join(sampleDir, 'articles')
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()
  const articles = await Promise.all(
    files.map(async (f) =>
      new SchemaFile(join(dir, f), Article, sampleDir).parse(await readFile(join(dir, f), 'utf8')),
    ),
  )
  for (const article of articles) {
    await new SchemaFile(layout.article(article.id), Article, layout.root).write(article)
  }
  await copySampleComments(sampleDir, layout)
}

/**
 * The sample comments (their journal, audit log and rules), copied as they are: the comment store
 * validates every line and the rules file when it reads them, as it does for any data directory.
 */
async function copySampleComments(sampleDir: string, layout: DataLayout): Promise<void> {
  const dir = join(sampleDir, 'comments')
  const files = await readdir(dir).catch(() => [] as string[])
  const copies: [string, string][] = [
    ['journal.ndjson', layout.commentJournal],
    ['audit.ndjson', layout.commentAudit],
    ['rules.json', layout.commentRules],
  ]
  if (!copies.some(([name]) => files.includes(name))) return
  await mkdir(layout.commentsDir, { recursive: true })
  for (const [name, to] of copies) {
    if (files.includes(name)) await copyFile(join(dir, name), to)
  }
}
