import { writeFile as writeFileCallback } from 'node:fs'
import { readdir as readdirAsync } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/**
 * Runs `task` over `items`, `limit` at a time. After a failure (or a cancel) no new item starts,
 * and it returns only once every started task has ended, so nothing is still writing when the
 * caller cleans up; then it throws the first error.
 */
export async function eachLimited<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]()
  let failed = false
  const worker = async () => {
    for (let next = iterator.next(); !failed && !next.done; next = iterator.next()) {
      try {
        await task(next.value)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const ended = await Promise.allSettled(Array.from({ length: limit }, worker))
  const failure = ended.find((result) => result.status === 'rejected')
  if (failure) throw failure.reason
}

/** Every file under `dir` as a site path ("/"-separated, relative); none when it does not exist. */
export async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdirAsync(dir, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return []
      throw error
    },
  )
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

/**
 * `fs.writeFile` with a callback, as a promise: for thousands of small pages it keeps less work
 * on the main thread than `fs/promises`, whose file handles open and close through it.
 */
export function writeFileFast(path: string, data: Uint8Array, mode: number): Promise<void> {
  return new Promise((resolve, reject) =>
    writeFileCallback(path, data, { mode }, (error) => (error ? reject(error) : resolve())),
  )
}

/** Link failures that mean "this file system (or this pair of folders) cannot link": copy instead. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'EACCES', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'])

/**
 * Why a hard link failed, when a copy can stand in for it: 'never' when the file system (FAT,
 * exFAT, some network shares, another device) or its permissions refuse links altogether, 'file'
 * when only this file has too many links already; null for any other failure, which is real.
 */
export function linkRefusal(error: unknown): 'never' | 'file' | null {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? ''
  if (CANNOT_LINK.has(code)) return 'never'
  return code === 'EMLINK' ? 'file' : null
}
