import { z } from 'zod'

/** The version of the on-disk layout this build reads and writes. */
export const STORE_SCHEMA_VERSION = 2

/** `midad.json`, the marker that makes a folder a Midad data directory. */
export const StoreMeta = z.object({
  format: z.literal('midad-data'),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
})
export type StoreMeta = z.infer<typeof StoreMeta>
