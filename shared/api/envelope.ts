import { z } from 'zod'
import { ApiErrorShape } from './errors'

/**
 * What every method call returns on the wire. Electron's IPC keeps only the message of a thrown
 * error, so failures travel as values: `{ ok: false, error }`.
 */
export const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorShape }),
])
export type Envelope = z.infer<typeof Envelope>
