import { ipcMain } from 'electron'
import { channelOf } from '../../shared/api/bridge'
import { methodNames } from '../../shared/api/contract'
import type { Envelope } from '../../shared/api/envelope'
import { type Backend, dispatch } from '../api/dispatch'

/**
 * Registers one `ipcMain.handle` per contract method. Calls from any frame that is not the app's
 * own page are refused; arguments are validated by `dispatch` before a service runs.
 */
export function registerIpc(
  backend: Backend,
  isTrustedFrame: (url: string | undefined) => boolean,
): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), (event, args: unknown): Promise<Envelope> | Envelope => {
      if (!isTrustedFrame(event.senderFrame?.url)) {
        return {
          ok: false,
          error: {
            code: 'unauthorized',
            message: 'Calls are accepted only from the Midad window.',
          },
        }
      }
      return dispatch(backend, name, args)
    })
  }
}
