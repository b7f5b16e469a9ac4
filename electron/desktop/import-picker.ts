import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_UI_IMPORT_BYTES } from '../../shared/import/import-contract'
import type { ShellCommand } from '../../shared/shell/shell-commands'

/** The part of Electron's `dialog` the import picker uses. */
export interface OpenDialog<W> {
  showOpenDialog(
    window: W,
    options: {
      title: string
      properties: 'openFile'[]
      filters: { name: string; extensions: string[] }[]
    },
  ): Promise<{ canceled: boolean; filePaths: string[] }>
}

/** What File › Import… can read: the same kinds `import.article` converts. */
export const IMPORT_EXTENSIONS = ['txt', 'html', 'htm', 'md', 'markdown', 'docx']

/**
 * File › Import… in the desktop app: the system's file dialog, then the file's bytes handed to the
 * page as an `import-file` command, which imports them exactly as a file picked in the page. A
 * file over the UI's limit is not read; the result says why, for the caller to show.
 */
export async function pickImportFile<W>(
  dialog: OpenDialog<W>,
  window: W,
  labels: { title: string; files: string },
): Promise<ShellCommand | { tooLarge: string } | null> {
  const picked = await dialog.showOpenDialog(window, {
    title: labels.title,
    properties: ['openFile'],
    filters: [{ name: labels.files, extensions: IMPORT_EXTENSIONS }],
  })
  const path = picked.filePaths[0]
  if (picked.canceled || !path) return null
  if ((await stat(path)).size > MAX_UI_IMPORT_BYTES) return { tooLarge: basename(path) }
  const bytes = await readFile(path)
  return {
    command: 'import-file',
    fileName: basename(path).slice(-255),
    dataBase64: bytes.toString('base64'),
  }
}
