import { contextBridge, ipcRenderer } from 'electron'
import { channelOf, type MidadBridge } from '../../shared/api/bridge'
import { methodNames } from '../../shared/api/contract'
import {
  type MidadShell,
  SHELL_COMMAND_CHANNEL,
  SHELL_REPORT_CHANNEL,
} from '../../shared/shell/shell-bridge'

/**
 * Exposes exactly the contract's methods to the page, each bound to its own channel. The page
 * never sees ipcRenderer, and cannot reach any channel that is not a contract method.
 */
const bridge = Object.freeze(
  Object.fromEntries(
    methodNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(channelOf(name), args)]),
  ),
) as MidadBridge

/**
 * The native menu's two fixed channels: commands in (the page validates them) and the page's
 * state out (the main process validates it). The IPC event object never reaches the page.
 */
const shell: MidadShell = Object.freeze({
  onCommand: (listener: (command: unknown) => void) => {
    ipcRenderer.on(SHELL_COMMAND_CHANNEL, (_event, command: unknown) => listener(command))
  },
  report: (state: unknown) => ipcRenderer.send(SHELL_REPORT_CHANNEL, state),
})

contextBridge.exposeInMainWorld('midad', bridge)
contextBridge.exposeInMainWorld('midadShell', shell)
