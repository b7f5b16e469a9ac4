import { mkdir, rename } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { ApiError } from '../../shared/api/errors'
import type { Article } from '../../shared/articles/article-schema'
import type { RecoveryNotice } from '../../shared/store/store-contract'
import type { DataLayout } from '../store/data-layout'
import type { RevisionStore } from './revision-store'

export interface Recovery {
  restored: Article | null
  notice: RecoveryNotice
}

/**
 * Sets a damaged article file aside in `quarantine/` (moved, never rewritten) and finds the newest
 * good revision to put back. The caller writes the restored article and tells the user.
 */
export async function quarantineArticle(
  layout: DataLayout,
  revisions: RevisionStore,
  id: string,
  error: ApiError,
  now: Date,
): Promise<Recovery> {
  await mkdir(layout.quarantineDir, { recursive: true })
  const target = join(layout.quarantineDir, `${id}.${now.getTime()}.json`)
  await rename(layout.article(id), target)
  const restored = await revisions.latestGood(id)
  return {
    restored,
    notice: {
      id,
      title: restored?.title ?? id,
      quarantined: relative(layout.root, target),
      restoredRevision: restored?.revision ?? null,
      reason: error.message,
      at: now.toISOString(),
    },
  }
}
