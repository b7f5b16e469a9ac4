import { Low } from 'lowdb'
import type { DataLayout } from '../data-layout'
import { SchemaFile } from '../schema-file'
import { STORE_SCHEMA_VERSION, StoreMeta } from '../store-meta'
import type { Migration } from './migration'
import { v1Revisions } from './v1-revisions'

/** Every step, in order. Adding a format change means adding a step here and a fixture test. */
export const MIGRATIONS: Migration[] = [v1Revisions]

/**
 * Brings a data directory from `meta.schemaVersion` up to {@link STORE_SCHEMA_VERSION}, one step
 * at a time, recording the version after each step so a crash resumes where it stopped.
 */
export async function migrate(layout: DataLayout, meta: StoreMeta): Promise<StoreMeta> {
  let current = meta
  for (const step of MIGRATIONS) {
    if (step.from !== current.schemaVersion || current.schemaVersion >= STORE_SCHEMA_VERSION)
      continue
    await step.run(layout)
    current = { ...current, schemaVersion: step.from + 1 }
    await new Low(new SchemaFile(layout.meta, StoreMeta, layout.root), current).write()
  }
  return current
}
