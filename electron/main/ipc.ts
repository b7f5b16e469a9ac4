import { ipcMain } from 'electron'
import { channelOf } from '../../shared/api/bridge'
import { type MethodName, methodNames } from '../../shared/api/contract'
import type { Envelope } from '../../shared/api/envelope'
import { SHELL_REPORT_CHANNEL, ShellReport } from '../../shared/shell/shell-bridge'
import { type Backend, dispatch } from '../api/dispatch'

/**
 * Registers one `ipcMain.handle` per contract method. Calls from any frame that is not the app's
 * own page are refused; arguments are validated by `dispatch` before a service runs. `afterCall`
 * hears of each successful call (the native menu rebuilds after some).
 */
export function registerIpc(
  backend: Backend,
  isTrustedFrame: (url: string | undefined) => boolean,
  afterCall: (name: MethodName) => void = () => undefined,
): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), async (event, args: unknown): Promise<Envelope> => {
      if (!isTrustedFrame(event.senderFrame?.url)) {
        return {
          ok: false,
          error: {
            code: 'unauthorized',
            message: 'Calls are accepted only from the Midad window.',
          },
        }
      }
      const envelope = await dispatch(backend, name, args)
      if (envelope.ok) afterCall(name)
      return envelope
    })
  }
}

/**
 * The page's reports for the native menu and the quit question (see shared/shell/shell-bridge.ts):
 * only from the app's own page, and only in the expected shape; anything else is dropped.
 */
export function onShellReport(
  isTrustedFrame: (url: string | undefined) => boolean,
  listener: (report: ShellReport) => void,
): void {
  ipcMain.on(SHELL_REPORT_CHANNEL, (event, raw: unknown) => {
    if (!isTrustedFrame(event.senderFrame?.url)) return
    const parsed = ShellReport.safeParse(raw)
    if (parsed.success) listener(parsed.data)
  })
}
