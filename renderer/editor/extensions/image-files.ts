import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'

export interface ImageFilesOptions {
  /**
   * Called with files pasted or dropped into the body, and where they should go: the drop point,
   * or undefined for a paste (the selection). The files are not checked here; the backend does.
   * @default () => undefined
   */
  onFiles: (files: File[], position: number | undefined) => void
}

/**
 * Pasting or dropping image files into the body hands them to `onFiles` (which stores each and
 * asks for its alt text) instead of letting the browser or ProseMirror handle them. A paste that
 * also carries text (Word and LibreOffice add a picture of the copied text) stays a text paste.
 * Pasted HTML never becomes an image: the schema keeps only figures of stored images, so a remote
 * or `data:` `<img>` is dropped without being fetched.
 */
export const ImageFiles = Extension.create<ImageFilesOptions>({
  name: 'imageFiles',

  addOptions() {
    return { onFiles: () => undefined }
  },

  addProseMirrorPlugins() {
    const { onFiles } = this.options
    return [
      new Plugin({
        key: new PluginKey('imageFiles'),
        props: {
          handlePaste: (_view, event) => {
            const data = event.clipboardData
            const files = [...(data?.files ?? [])]
            if (files.length === 0 || data?.getData('text/plain').trim()) return false
            event.preventDefault()
            onFiles(files, undefined)
            return true
          },
          handleDrop: (view, event, _slice, moved) => {
            const files = [...(event.dataTransfer?.files ?? [])]
            if (moved || files.length === 0) return false
            event.preventDefault()
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
            onFiles(files, at?.pos)
            return true
          },
        },
      }),
    ]
  },
})
