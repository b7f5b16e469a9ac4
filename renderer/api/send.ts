import type { MidadBridge } from '../../shared/api/bridge'
import type { ArgsOf, MethodName, ResultOf } from '../../shared/api/contract'
import { Envelope } from '../../shared/api/envelope'
import { ApiError } from '../../shared/api/errors'

declare global {
  interface Window {
    /** Present only inside Electron, exposed by the preload. */
    readonly midad?: MidadBridge
  }
}

type Transport = (name: MethodName, args: unknown) => Promise<unknown>

/** Electron: the preload's bridge, one function per method. */
const ipcTransport =
  (bridge: MidadBridge): Transport =>
  (name, args) =>
    bridge[name](args)

/** Browser mode: POST /api/<method>; the launch token travels in the session cookie. */
const httpTransport: Transport = async (name, args) => {
  const response = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(args ?? {}),
  })
  if (response.status === 401 || response.status === 403) {
    throw new ApiError('unauthorized', await response.text())
  }
  return response.json()
}

/** Picked once at start-up: the Electron bridge when the preload provided one, else HTTP. */
const transport: Transport = window.midad ? ipcTransport(window.midad) : httpTransport

/** Which transport this page uses; shown nowhere but handy in tests and bug reports. */
export const transportName: 'ipc' | 'http' = window.midad ? 'ipc' : 'http'

/**
 * Calls an API method with types inferred from the contract. Failures become `ApiError`s with a
 * code the UI can act on (`conflict`, `invalid_argument`…).
 */
export async function send<M extends MethodName>(name: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  let raw: unknown
  try {
    raw = await transport(name, args)
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError(
      'internal',
      `Midad's backend could not be reached: ${(error as Error).message}`,
    )
  }
  const envelope = Envelope.parse(raw)
  if (!envelope.ok) throw ApiError.fromShape(envelope.error)
  return envelope.value as ResultOf<M>
}
