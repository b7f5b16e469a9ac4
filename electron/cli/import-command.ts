import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { docToPlainText } from '../../shared/doc/doc-text'
import { htmlToArticle } from '../import/html-to-doc'
import type { ImportedArticle } from '../import/imported-article'
import { textToArticle } from '../import/text-to-doc'
import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { InputError } from './cli-errors'

/** Largest file `midad import` reads. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

const IMPORTERS: Record<string, (text: string) => ImportedArticle> = {
  '.txt': textToArticle,
  '.html': htmlToArticle,
  '.htm': htmlToArticle,
}

async function readUtf8(file: string): Promise<string> {
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    throw new InputError(`Cannot read ${file}: no such file.`)
  }
  if (size > MAX_IMPORT_BYTES)
    throw new InputError(`${file} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB.`)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file))
  } catch (error) {
    if (error instanceof TypeError) throw new InputError(`${file} is not UTF-8 text.`)
    throw new InputError(`Cannot read ${file}: ${(error as Error).message}`)
  }
}

/**
 * `midad import FILE`: converts the file completely, checks it, and only then creates one draft,
 * so bad input never leaves a partial article behind. Prints the new id.
 */
export async function importCommand(
  file: string,
  flags: { 'data-dir'?: string },
  io: CliIo,
): Promise<void> {
  const importer = IMPORTERS[extname(file).toLowerCase()]
  if (!importer) throw new InputError(`Cannot import ${file}: use a .txt or .html file.`)
  const imported = importer(await readUtf8(file))
  if (!imported.title && !docToPlainText(imported.body))
    throw new InputError(`${file} has no text to import.`)
  const article = await withBackend(flags['data-dir'], io, (backend) =>
    call(backend, 'articles.create', { title: imported.title, body: imported.body }),
  )
  io.out(article.id)
}
