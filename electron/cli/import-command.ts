import type { Removed } from '../../shared/cleanup/detect-boilerplate'
import { createImported } from '../import/create-imported'
import { ImportError } from '../import/import-error'
import { readImport } from '../import/import-file'
import type { SkippedImage } from '../import/imported-article'
import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { InputError } from './cli-errors'
import { terminalLine } from './terminal-text'

/** What `midad import --json` prints. */
export interface ImportReport {
  id: string
  title: string
  /** The boilerplate taken out, in document order, by its index in the converted document. */
  removed: Pick<Removed, 'id' | 'index' | 'reason' | 'text'>[]
  /** Embedded images stored in the media folder, and those left out with why. */
  images: { stored: number; skipped: SkippedImage[] }
}

/** "Removed 5 blocks of boilerplate: share ×2, related ×3 (…)": counts per reason, in order met. */
function removedLine(removed: Removed[]): string {
  const counts = new Map<string, number>()
  for (const entry of removed) counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1)
  const parts = [...counts].map(([reason, count]) => `${reason} ×${count}`)
  const blocks = removed.length === 1 ? 'block' : 'blocks'
  return `Removed ${removed.length} ${blocks} of boilerplate: ${parts.join(', ')} (--json lists them).`
}

function skippedLine(image: SkippedImage): string {
  const what = image.alt ? `"${terminalLine(image.alt, 80)}"` : 'an image without alt text'
  const why =
    image.reason === 'remote'
      ? `not downloaded: ${terminalLine(image.src, 120)}`
      : image.reason === 'refused'
        ? `refused: ${terminalLine(image.detail ?? '', 160)}`
        : `not an image Midad stores: ${terminalLine(image.src, 120)}`
  return `Image left out, ${what} (${why}).`
}

/**
 * `midad import FILE [--json]`: converts the file completely (text, HTML, Markdown or DOCX),
 * takes scraped boilerplate out, checks it, and only then stores its embedded images and
 * creates one draft, so bad input never leaves a partial article behind. Prints the new id on
 * stdout (scripts read it) and what was removed or left out on stderr; with --json, prints one
 * {@link ImportReport} instead.
 */
export async function importCommand(
  file: string,
  flags: { 'data-dir'?: string; json?: boolean },
  io: CliIo,
): Promise<void> {
  let cleaned: Awaited<ReturnType<typeof readImport>>
  try {
    cleaned = await readImport(file)
  } catch (error) {
    throw error instanceof ImportError ? new InputError(error.message) : error
  }
  const { removed } = cleaned
  const { article, images } = await withBackend(flags['data-dir'], io, (backend) =>
    createImported(cleaned, {
      addImage: (fileName, dataBase64) => call(backend, 'media.add', { fileName, dataBase64 }),
      create: (fields) => call(backend, 'articles.create', fields),
    }),
  )
  const { stored, skipped } = images
  if (flags.json) {
    const report: ImportReport = {
      id: article.id,
      title: article.title,
      removed: removed.map(({ id, index, reason, text }) => ({ id, index, reason, text })),
      images: { stored, skipped },
    }
    io.out(JSON.stringify(report, null, 2))
    return
  }
  io.out(article.id)
  if (removed.length) io.err(removedLine(removed))
  for (const image of skipped) io.err(skippedLine(image))
}
