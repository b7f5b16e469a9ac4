import { MAX_UI_IMPORT_BYTES } from '../../shared/import/import-contract'
import { send } from '../api/send'
import type { I18n } from '../i18n/i18n'
import type { ImportProps } from './import-button'
import { importState, setImportState } from './import-state'

/** The extensions `import.article` understands, for the picker and the drop check. */
export const IMPORT_ACCEPT = '.txt,.html,.htm,.md,.markdown,.docx'
const IMPORTABLE = /\.(txt|html?|md|markdown|docx)$/i

/** An image file: dropped into the body, it is an image for the article, not an import. */
export const isImageFile = (file: File): boolean =>
  file.type.startsWith('image/') || /\.(png|jpe?g|gif|webp|avif|svg)$/i.test(file.name)

/** Bytes as base64 (the API carries JSON), in chunks: one call per byte would overflow the stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000))
  return btoa(binary)
}

/** A name the contract takes (≤ 255 characters), keeping the extension that picks the format. */
function fileNameOf(file: File): string {
  const name = file.name || 'file.txt'
  if (name.length <= 255) return name
  const ext = /\.[^.]{1,10}$/.exec(name)?.[0] ?? ''
  return name.slice(0, 255 - ext.length) + ext
}

/**
 * Imports files one after another, each as a new draft handed to `onImported` (the last one
 * stays open). A file of the wrong kind or over {@link MAX_UI_IMPORT_BYTES} is refused here,
 * before it is read, with a message saying what to do; the backend refuses the rest (damaged,
 * not UTF-8, empty) with its own words. Errors go to the shared banner; nothing is created for
 * a refused file.
 */
export async function importFiles(files: File[], props: ImportProps, i18n: I18n): Promise<void> {
  const { t } = i18n
  const errors: string[] = []
  let note: string | null = null
  setImportState({ busy: importState().busy + 1, banner: null })
  try {
    for (const file of files) {
      const name = file.name
      if (!IMPORTABLE.test(name)) {
        errors.push(t('importWrongKind', { name }))
        continue
      }
      if (file.size > MAX_UI_IMPORT_BYTES) {
        errors.push(t('importTooLarge', { name, size: MAX_UI_IMPORT_BYTES / 1_000_000 }))
        continue
      }
      try {
        const dataBase64 = toBase64(new Uint8Array(await file.arrayBuffer()))
        const result = await send('import.article', { fileName: fileNameOf(file), dataBase64 })
        props.onImported(result)
        const skipped = result.images.skipped.length
        note = skipped ? t('importImagesSkipped', { name, n: skipped }) : null
      } catch (error) {
        errors.push(t('importFailed', { name, message: (error as Error).message }))
      }
    }
  } finally {
    const banner = errors.length
      ? { kind: 'error' as const, text: errors.join('\n') }
      : note
        ? { kind: 'info' as const, text: note }
        : null
    setImportState({ busy: importState().busy - 1, banner })
  }
}
