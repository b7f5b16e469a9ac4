import { z } from 'zod'
import { method } from '../api/define'
import { Article } from '../articles/article-schema'
import { RemovedSchema } from '../cleanup/removed'

/**
 * The largest file the UI imports, in bytes. Its base64 form must fit the browser-mode server's
 * request cap with the rest of the request, so the same limit holds over HTTP and over IPC; a
 * larger Word document can still be imported with `midad import`.
 */
export const MAX_UI_IMPORT_BYTES = 6_000_000

/** An image the import left out, and why: the notice lists them. */
export const SkippedImageInfo = z.object({
  /** The address, or "embedded image/… (N KB)" for an embedded one. */
  src: z.string(),
  alt: z.string(),
  reason: z.enum(['remote', 'unsupported', 'refused']),
  detail: z.string().optional(),
})
export type SkippedImageInfo = z.infer<typeof SkippedImageInfo>

/** What an import answers: the new draft, what the clean-up removed (whole, to restore), images. */
export const ImportResult = z.object({
  article: Article,
  /** In document order; each can be put back into the draft with `restoreRemoved`. */
  removed: z.array(RemovedSchema),
  images: z.object({ stored: z.number().int().min(0), skipped: z.array(SkippedImageInfo) }),
})
export type ImportResult = z.infer<typeof ImportResult>

/** The import domain: a file picked or dropped in the UI becomes a cleaned draft. */
export const importContract = {
  /**
   * Converts a file (by its name's extension: .txt, .html, .htm, .md, .markdown, .docx) exactly
   * as `midad import` does (boilerplate removed, embedded images stored, remote ones listed), and
   * creates one draft. A file of the wrong kind, too large, not UTF-8, damaged or empty is an
   * `invalid_argument` error with a clear message, and nothing is stored.
   */
  'import.article': method(
    z
      .object({
        fileName: z.string().min(1).max(255),
        dataBase64: z.base64().max(Math.ceil((MAX_UI_IMPORT_BYTES * 4) / 3) + 4),
      })
      .strict(),
    ImportResult,
  ),
} as const
