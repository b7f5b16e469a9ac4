import { z } from 'zod'
import { method } from '../api/define'

/** Who holds a data directory that this process opened read-only. */
export const LockHolder = z.object({ pid: z.number(), app: z.string(), since: z.string() })

/** The state of the data directory as a whole. */
export const StoreStatus = z.object({
  dataDir: z.string(),
  /** True when another Midad process writes to this directory; this one may only read. */
  readOnly: z.boolean(),
  holder: LockHolder.optional(),
})
export type StoreStatus = z.infer<typeof StoreStatus>

/** The store domain: facts about the data directory itself. */
export const storeContract = {
  'store.status': method(z.object({}).strict(), StoreStatus),
} as const
