import { z } from 'zod'
import { ArticleId } from '../articles/article-schema'
import { MAX_UI_IMPORT_BYTES } from '../import/import-contract'
import { SpellcheckMode, Theme } from '../settings/settings-schema'

/** Commands that take no argument: the menu's items that the page carries out. */
export const SimpleCommand = z.enum([
  'new-article',
  'save',
  'import',
  'export-html',
  'export-site',
  'find',
  'replace',
  'newsroom-dictionary',
  'shortcuts',
  'about',
  'clear-recent',
  'full-screen',
])
export type SimpleCommand = z.infer<typeof SimpleCommand>

/**
 * What a menu asks the page to do: the native menu in the desktop app (sent from the main process
 * over one fixed channel) and the window's own menu bar in browser mode both produce these, and
 * the page carries them out the same way (see renderer/shell/command-bus.ts).
 */
export const ShellCommand = z.discriminatedUnion('command', [
  z.object({ command: SimpleCommand }).strict(),
  z.object({ command: z.literal('open-article'), id: ArticleId }).strict(),
  z.object({ command: z.literal('theme'), theme: Theme }).strict(),
  z.object({ command: z.literal('spellcheck'), mode: SpellcheckMode }).strict(),
  /**
   * Desktop only: File › Import… picked a file with the native dialog in the main process, which
   * hands its bytes to the page; the page imports them as if the file had been picked there.
   */
  z
    .object({
      command: z.literal('import-file'),
      fileName: z.string().min(1).max(255),
      dataBase64: z.base64().max(Math.ceil((MAX_UI_IMPORT_BYTES * 4) / 3) + 4),
    })
    .strict(),
])
export type ShellCommand = z.infer<typeof ShellCommand>
export type ShellCommandName = ShellCommand['command']
