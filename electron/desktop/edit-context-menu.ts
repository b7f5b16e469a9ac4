import type { Language } from '../../shared/settings/settings-schema'

/** The part of Electron's ContextMenuParams the edit menu looks at. */
export interface EditMenuParams {
  isEditable: boolean
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
  selectionText: string
}

/** One item of the template (assignable to Electron's MenuItemConstructorOptions). */
export type EditMenuItem =
  | { role: 'cut' | 'copy' | 'paste' | 'selectAll'; label: string; enabled: boolean }
  | { type: 'separator' }

const LABELS = {
  ar: { cut: 'قص', copy: 'نسخ', paste: 'لصق', selectAll: 'تحديد الكل' },
  en: { cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All' },
} as const

/**
 * The right-click menu of a text field, in the UI language. Electron shows no context menu at
 * all by default, so without this a writer could not paste with the mouse. Items are roles (the
 * system does the editing, with its shortcuts shown) and greyed out when they cannot act. Outside
 * a field, selected text still gets Copy. An empty template means: show no menu.
 */
export function editMenuTemplate(params: EditMenuParams, lang: Language): EditMenuItem[] {
  const labels = LABELS[lang]
  const { canCut, canCopy, canPaste, canSelectAll } = params.editFlags
  if (!params.isEditable) {
    const selected = params.selectionText.trim() !== ''
    return selected && canCopy ? [{ role: 'copy', label: labels.copy, enabled: true }] : []
  }
  if (!canCut && !canCopy && !canPaste && !canSelectAll) return []
  return [
    { role: 'cut', label: labels.cut, enabled: canCut },
    { role: 'copy', label: labels.copy, enabled: canCopy },
    { role: 'paste', label: labels.paste, enabled: canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: labels.selectAll, enabled: canSelectAll },
  ]
}

/** What attachEditContextMenu needs of Electron's WebContents. */
export interface ContextMenuSource {
  on(event: 'context-menu', listener: (event: unknown, params: EditMenuParams) => void): unknown
  removeListener(
    event: 'context-menu',
    listener: (event: unknown, params: EditMenuParams) => void,
  ): unknown
}

/**
 * Shows the edit menu on right-click in `webContents`. `popup` builds and shows the native menu
 * (main.ts: `Menu.buildFromTemplate(t).popup({ window })`); `lang` gives the UI language at the
 * time of the click (it may be read from the settings). A misspelled word's menu is the page's
 * own: it prevents the default, and Electron then sends no 'context-menu'. Returns a detach function.
 */
export function attachEditContextMenu(
  webContents: ContextMenuSource,
  popup: (template: EditMenuItem[]) => void,
  lang: () => Language | Promise<Language>,
): () => void {
  const listener = (_event: unknown, params: EditMenuParams) => {
    void Promise.resolve()
      .then(lang)
      .catch((): Language => 'ar') // the settings could not be read: Midad's default language
      .then((language) => {
        const template = editMenuTemplate(params, language)
        if (template.length > 0) popup(template)
      })
  }
  webContents.on('context-menu', listener)
  return () => webContents.removeListener('context-menu', listener)
}
