import { chmod, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { atomicWriteFile } from '../store/atomic-write'
import { fsProblem } from '../store/fs-problems'
import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { InputError, UsageError } from './cli-errors'

/** Refuses an --out that names a folder or sits in a missing one, before any work is done. */
async function checkTarget(out: string): Promise<void> {
  const target = await stat(out).catch(() => null)
  if (target?.isDirectory()) throw new InputError(`Cannot write ${out}: it is a folder.`)
  const folder = await stat(dirname(out)).catch(() => null)
  if (!folder?.isDirectory())
    throw new InputError(`Cannot write ${out}: its folder ${dirname(out)} does not exist.`)
}

/**
 * `midad export ID --out FILE.html`: renders one article as a standalone HTML page (the same page
 * as the editor's Export HTML) and writes it atomically, so a failed export never leaves a
 * half-written file. Prints the path written. Reads only, so it works while the app is open.
 */
export async function exportCommand(
  id: string,
  flags: { 'data-dir'?: string; out?: string },
  io: CliIo,
): Promise<void> {
  if (!flags.out) throw new UsageError('"export" needs --out FILE.html.')
  const out = resolve(flags.out)
  await checkTarget(out)
  const page = await withBackend(flags['data-dir'], io, (backend) =>
    call(backend, 'export.article', { id }),
  )
  try {
    await atomicWriteFile(out, page.html)
    // A page is meant to be shared or uploaded, unlike the data files atomicWriteFile is for.
    await chmod(out, 0o644)
  } catch (error) {
    const problem = fsProblem(error)
    if (problem) throw new InputError(`Cannot write ${out}: ${problem}.`)
    throw error
  }
  io.out(out)
}
