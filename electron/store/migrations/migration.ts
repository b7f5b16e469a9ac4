import type { DataLayout } from '../data-layout'

/**
 * One step of the on-disk format, from schema `from` to `from + 1`. A step must be safe to run
 * again after a crash part-way through: the version is bumped only once it has finished.
 */
export interface Migration {
  from: number
  description: string
  run: (layout: DataLayout) => Promise<void>
}
