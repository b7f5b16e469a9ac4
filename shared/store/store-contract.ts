import { z } from 'zod'
import { method } from '../api/define'

/** Who holds a data directory that this process opened read-only. */
export const LockHolder = z.object({ pid: z.number(), app: z.string(), since: z.string() })

/** A damaged article file found and set aside, and what was put back in its place. */
export const RecoveryNotice = z.object({
  id: z.string(),
  title: z.string(),
  /** Where the damaged file now lies, relative to the data directory. */
  quarantined: z.string(),
  /** The revision restored, or null when no good revision existed (the article is missing). */
  restoredRevision: z.number().nullable(),
  reason: z.string(),
  at: z.string(),
})
export type RecoveryNotice = z.infer<typeof RecoveryNotice>

/** The state of the data directory as a whole. */
export const StoreStatus = z.object({
  dataDir: z.string(),
  /** True when another Midad process writes to this directory; this one may only read. */
  readOnly: z.boolean(),
  holder: LockHolder.optional(),
  /** Damaged files found since the app started, newest last. */
  recoveries: z.array(RecoveryNotice),
  /** Why the last daily backup failed; null when it succeeded or has not run yet. */
  backupError: z.string().nullable(),
})
export type StoreStatus = z.infer<typeof StoreStatus>

/** The store domain: facts about the data directory itself. */
export const storeContract = {
  'store.status': method(z.object({}).strict(), StoreStatus),
} as const
