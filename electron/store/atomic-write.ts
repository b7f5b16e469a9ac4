import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `data` to `file` so that a reader (or a crash) sees either the old file or the new one,
 * never a mix: the data goes to a unique temp file in the same directory, is flushed to disk, and
 * the temp file is renamed over the target (rename is atomic within a file system).
 */
export async function atomicWriteFile(file: string, data: string | Uint8Array): Promise<void> {
  const temp = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  const handle = await open(temp, 'w', 0o600)
  try {
    // Text is written as UTF-8 (writeFile's default); bytes (an image) as they are.
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
