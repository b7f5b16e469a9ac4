import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { atomicWriteFile } from '../store/atomic-write'
import { describeIssues } from '../store/schema-file'
import { BackupError } from './backup-error'
import { MANIFEST_FILE } from './backup-layout'

/**
 * `backup.json`, written last into a finished backup: what it holds and how it was taken, so a
 * restore can say what it is about to put back and check that nothing is missing.
 */
export const BackupManifest = z.object({
  format: z.literal('midad-backup'),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string(),
  /** From the backed-up `midad.json`; null when the directory had none (not yet opened). */
  schemaVersion: z.number().int().min(1).nullable(),
  /** Files in `articles/`: restore refuses a backup with fewer, as it is incomplete. */
  articleCount: z.number().int().min(0),
  /**
   * False when another process held the data directory: every file is whole, but articles may be
   * from slightly different moments (restore rebuilds the index, so this is still safe to restore).
   */
  consistent: z.boolean(),
})
export type BackupManifest = z.infer<typeof BackupManifest>

/** Writes the manifest durably (fsync'd), as the step that makes a backup folder complete. */
export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  await atomicWriteFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
}

/** The manifest of the backup in `dir`, or null when the folder has none (not a backup). */
export async function readManifest(dir: string): Promise<BackupManifest | null> {
  let text: string
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return null
    throw error
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new BackupError(`${join(dir, MANIFEST_FILE)} is not valid JSON: the backup is damaged.`)
  }
  const parsed = BackupManifest.safeParse(json)
  if (!parsed.success)
    throw new BackupError(
      `${join(dir, MANIFEST_FILE)} is damaged (${describeIssues(parsed.error)}).`,
    )
  return parsed.data
}
