import type { MethodName } from './contract'
import type { Envelope } from './envelope'

/** The IPC channel of a method. One place, so the preload and the main process cannot drift. */
export const channelOf = (name: MethodName): string => `midad:${name}`

/**
 * What the preload exposes as `window.midad`: exactly one function per contract method, each
 * returning the raw envelope (the renderer's `send` validates and unwraps it).
 */
export type MidadBridge = { readonly [M in MethodName]: (args: unknown) => Promise<Envelope> }
