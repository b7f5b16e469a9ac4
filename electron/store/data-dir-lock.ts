import { readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { z } from 'zod'

/** What `midad.lock` records about the process that holds a data directory. */
export const LockInfo = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  app: z.string(),
  since: z.string(),
})
export type LockInfo = z.infer<typeof LockInfo>

/** The outcome of trying to lock: the lock, or who holds it (the caller then opens read-only). */
export type LockResult =
  | { held: true; release: () => Promise<void> }
  | { held: false; holder: LockInfo }

/** Whether a process with this id is running (EPERM: it is, but belongs to another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readHolder(file: string): Promise<LockInfo | null> {
  try {
    return LockInfo.parse(JSON.parse(await readFile(file, 'utf8')))
  } catch {
    return null
  }
}

/**
 * Takes the data directory's lock file, so that only one process (an Electron window or
 * `midad serve`) writes to it. A lock left by a process that died on this machine is taken over;
 * an unreadable lock file is treated as stale. `app` names the holder in messages.
 */
export async function lockDataDir(file: string, app: string): Promise<LockResult> {
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    app,
    since: new Date().toISOString(),
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(file, JSON.stringify(info), { flag: 'wx', mode: 0o600 })
      const release = async () => {
        const holder = await readHolder(file)
        if (holder?.pid === process.pid && holder.host === info.host)
          await rm(file, { force: true })
      }
      return { held: true, release }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = await readHolder(file)
    // Re-opening in the process that holds the lock (tests, a reload) shares it.
    if (holder?.pid === process.pid && holder.host === info.host)
      return { held: true, release: async () => {} }
    if (holder && (holder.host !== info.host || alive(holder.pid))) return { held: false, holder }
    await rm(file, { force: true })
  }
  throw new Error(`Could not take the lock ${file}.`)
}
