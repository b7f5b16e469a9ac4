import { contextBridge, ipcRenderer } from 'electron'
import { channelOf, type MidadBridge } from '../../shared/api/bridge'
import { methodNames } from '../../shared/api/contract'

/**
 * Exposes exactly the contract's methods to the page, each bound to its own channel. The page
 * never sees ipcRenderer, and cannot reach any channel that is not a contract method.
 */
const bridge = Object.freeze(
  Object.fromEntries(
    methodNames.map((name) => [name, (args: unknown) => ipcRenderer.invoke(channelOf(name), args)]),
  ),
) as MidadBridge

contextBridge.exposeInMainWorld('midad', bridge)
