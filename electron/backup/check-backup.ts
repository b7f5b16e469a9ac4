import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '../../shared/api/errors'
import { Article } from '../../shared/articles/article-schema'
import { Settings } from '../../shared/settings/settings-schema'
import { dataLayout } from '../store/data-layout'
import { eachLimited } from '../store/file-tasks'
import { SchemaFile } from '../store/schema-file'
import { STORE_SCHEMA_VERSION, StoreMeta } from '../store/store-meta'
import { articleFiles } from './article-files'
import { BackupError } from './backup-error'
import { type BackupManifest, readManifest } from './backup-manifest'

/** A backup that passed {@link checkBackup}: safe to put in place of a data directory. */
export interface CheckedBackup {
  dir: string
  manifest: BackupManifest
}

/**
 * Checks a backup completely before anything is replaced: its manifest, `midad.json` (not from a
 * newer Midad), `settings.json`, and every article file (valid, its id matching its name, none
 * missing). Revisions are not read: the store tolerates a damaged one. Throws a
 * {@link BackupError} naming the first problem.
 */
export async function checkBackup(dir: string): Promise<CheckedBackup> {
  const refuse = (reason: string) => new BackupError(`Backup ${dir} cannot be restored: ${reason}`)
  const info = await stat(dir).catch(() => null)
  if (!info?.isDirectory()) throw refuse('there is no such folder.')
  const manifest = await readManifest(dir).catch((error: unknown) => {
    throw refuse((error as Error).message)
  })
  if (!manifest) throw refuse('it is not a Midad backup (it has no backup.json).')
  const layout = dataLayout(dir)
  try {
    const meta = await new SchemaFile(layout.meta, StoreMeta, dir).read()
    if (!meta && manifest.schemaVersion !== null) throw refuse('midad.json is missing.')
    if (meta && meta.schemaVersion > STORE_SCHEMA_VERSION)
      throw refuse(
        `it was made by a newer Midad (schema ${meta.schemaVersion}; this one reads ${STORE_SCHEMA_VERSION}). Update Midad first.`,
      )
    await new SchemaFile(layout.settings, Settings, dir).read()
    const files = await articleFiles(layout.articlesDir)
    if (files.length < manifest.articleCount)
      throw refuse(
        `it holds ${files.length} articles but was made with ${manifest.articleCount}; it is incomplete.`,
      )
    await eachLimited(files, 8, async (file) => {
      const path = join(layout.articlesDir, file)
      const article = new SchemaFile(path, Article, dir).parse(await readFile(path, 'utf8'))
      if (`${article.id}.json` !== file)
        throw refuse(`articles/${file} holds the article "${article.id}"; its name must match.`)
    })
  } catch (error) {
    if (error instanceof ApiError) throw refuse(error.message)
    throw error
  }
  return { dir, manifest }
}
