import { z } from 'zod'
import type { ShellCommand } from './shell-commands'

/** Main → page: a native menu item was chosen (one fixed channel, validated on arrival). */
export const SHELL_COMMAND_CHANNEL = 'midad-shell:command'
/** Page → main: what the menu and the quit question need to know about the page. */
export const SHELL_REPORT_CHANNEL = 'midad-shell:report'

/**
 * The page's state as the desktop app needs it: whether an article is open (Save and Export
 * HTML are enabled then) and the titles of articles with edits not yet saved (the quit question
 * names them). Sent on each change; validated in the main process.
 */
export const ShellReport = z
  .object({
    articleOpen: z.boolean(),
    unsaved: z.array(z.string().max(500)).max(50),
  })
  .strict()
export type ShellReport = z.infer<typeof ShellReport>

/**
 * What the preload exposes as `window.midadShell` in the desktop app, besides the API bridge:
 * exactly these two functions, each on its own fixed channel. Browser mode has no such object.
 */
export interface MidadShell {
  /** Calls `listener` with each native menu command; the page validates it (`ShellCommand`). */
  readonly onCommand: (listener: (command: unknown) => void) => void
  readonly report: (state: ShellReport) => void
}

export type { ShellCommand }
