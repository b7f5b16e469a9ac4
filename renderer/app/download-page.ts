import type { ExportedPage } from '../../shared/export/export-contract'

/**
 * Hands an exported page to the user as a file download: Electron shows its save dialog for it,
 * a browser saves it (or asks where) as it does any download. Works the same in both modes, with
 * no file-system access in the renderer.
 */
export function downloadPage(page: ExportedPage): void {
  const url = URL.createObjectURL(new Blob([page.html], { type: 'text/html;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = page.fileName
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // Revoked later: the download may start after this event turn.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }
}
