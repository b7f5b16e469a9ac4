import { open, readFile } from 'node:fs/promises'
import type { z } from 'zod'

/**
 * Appends one JSON line per value to `file` (created 0600) and fsyncs before returning, so an
 * acknowledged write survives a crash. `newLineFirst` starts the batch on a line of its own, for a
 * file whose last line was torn (a crash or a failed write mid-append).
 */
export async function appendJsonLines(
  file: string,
  values: readonly unknown[],
  newLineFirst = false,
): Promise<void> {
  const handle = await open(file, 'a', 0o600)
  try {
    const lines = values.map((value) => `${JSON.stringify(value)}\n`).join('')
    await handle.write(newLineFirst ? `\n${lines}` : lines)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Reads a JSON-lines journal: every line that parses and matches `schema`, in order. A torn or
 * invalid line is skipped rather than losing the lines around it; `torn` says whether the file
 * ends mid-line, so the next append can start on a new one. A missing file is an empty journal.
 */
export async function readJsonLines<S extends z.ZodType>(
  file: string,
  schema: S,
): Promise<{ entries: z.output<S>[]; torn: boolean }> {
  const text = await readFile(file, 'utf8').catch(() => '')
  const entries: z.output<S>[] = []
  for (const line of text.split('\n')) {
    if (!line) continue
    try {
      entries.push(schema.parse(JSON.parse(line)))
    } catch {
      // A torn last line (that write was never acknowledged), or a hand-edited one.
    }
  }
  return { entries, torn: text.length > 0 && !text.endsWith('\n') }
}
