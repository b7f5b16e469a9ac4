import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { docToPlainText } from '../../shared/doc/doc-text'
import { type CleanedImport, cleanImported } from './clean-import'
import { docxToArticle } from './docx-to-doc'
import { htmlToArticle } from './html-to-doc'
import { ImportError } from './import-error'
import type { ImportedArticle } from './imported-article'
import { markdownToArticle } from './markdown-to-doc'
import { textToArticle } from './text-to-doc'

/** Largest text file (plain text, HTML, Markdown) an import reads. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
/** Largest Word document an import reads: its pictures come with it. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024

type Converter =
  | { kind: 'text'; convert: (text: string) => ImportedArticle }
  | { kind: 'docx'; convert: (bytes: Buffer, name: string) => Promise<ImportedArticle> }

/** The formats an import understands, by file extension. */
const CONVERTERS: Record<string, Converter> = {
  '.txt': { kind: 'text', convert: textToArticle },
  '.html': { kind: 'text', convert: htmlToArticle },
  '.htm': { kind: 'text', convert: htmlToArticle },
  '.md': { kind: 'text', convert: markdownToArticle },
  '.markdown': { kind: 'text', convert: markdownToArticle },
  '.docx': { kind: 'docx', convert: docxToArticle },
}

/** The extensions {@link convertImport} accepts, for messages and file pickers. */
export const IMPORT_EXTENSIONS = Object.keys(CONVERTERS)

function converterFor(fileName: string): Converter {
  const converter = CONVERTERS[extname(fileName).toLowerCase()]
  if (!converter)
    throw new ImportError(
      `Cannot import ${fileName}: use a .txt or .html file, Markdown (.md) or a Word document (.docx).`,
    )
  return converter
}

const tooLarge = (file: string, limit: number): ImportError =>
  new ImportError(`${file} is larger than ${limit / 1024 / 1024} MiB.`)

async function readBytes(file: string, limit: number): Promise<Buffer> {
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    throw new ImportError(`Cannot read ${file}: no such file.`)
  }
  if (size > limit) throw tooLarge(file, limit)
  try {
    return await readFile(file)
  } catch (error) {
    throw new ImportError(`Cannot read ${file}: ${(error as Error).message}`)
  }
}

function utf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ImportError(`${file} is not UTF-8 text.`)
  }
}

/**
 * Converts one file's bytes completely, with the boilerplate clean-up applied (see
 * `cleanImported`), without storing anything. `fileName` picks the format by its extension and
 * names the file in messages. A file that is the wrong kind, too large, not UTF-8, damaged or
 * without text is refused here with an {@link ImportError}, so a failed import never leaves a
 * partial article. Embedded images are still `data:` URLs in figures; the caller stores them
 * (see `createImported`) before it creates the article. The UI's import sends bytes, the CLI
 * reads a file: both come through here, so they convert the same way.
 */
export async function convertImport(bytes: Uint8Array, fileName: string): Promise<CleanedImport> {
  const converter = converterFor(fileName)
  const limit = converter.kind === 'docx' ? MAX_DOCX_BYTES : MAX_IMPORT_BYTES
  if (bytes.length > limit) throw tooLarge(fileName, limit)
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const imported =
    converter.kind === 'docx'
      ? await converter.convert(buffer, basename(fileName))
      : converter.convert(utf8(buffer, fileName))
  // Judged before the clean-up: a file that is all site furniture is imported (and the report
  // lists what was removed), a file with nothing in it is refused.
  const { title, body } = imported
  const hasFigure = body.content?.some((block) => block.type === 'figure') ?? false
  if (!title && !docToPlainText(body) && !hasFigure)
    throw new ImportError(`${fileName} has no text to import.`)
  return cleanImported(imported)
}

/**
 * Reads one file from disk and converts it (see {@link convertImport}). Its kind and size are
 * checked before it is read, so a wrong or oversized file is never loaded into memory.
 */
export async function readImport(file: string): Promise<CleanedImport> {
  const limit = converterFor(file).kind === 'docx' ? MAX_DOCX_BYTES : MAX_IMPORT_BYTES
  return convertImport(await readBytes(file, limit), file)
}
