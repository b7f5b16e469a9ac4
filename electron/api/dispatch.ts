import type { z } from 'zod'
import { type ApiContract, contract, isMethodName } from '../../shared/api/contract'
import type { HandlerMap } from '../../shared/api/define'
import type { Envelope } from '../../shared/api/envelope'
import { ApiError } from '../../shared/api/errors'
import { describeIssues } from '../store/schema-file'

/** All handlers of all domains: what a transport needs to serve the API. */
export type Backend = HandlerMap<ApiContract>

/**
 * Validates arguments, turning a validator that throws on a strange value (zod 4 compares an
 * object that has a `length` key as if it were a number) into an `invalid_argument` error.
 */
function checkArgs(name: string, schema: z.ZodType, raw: unknown) {
  try {
    return schema.safeParse(raw)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ApiError(
      'invalid_argument',
      `Invalid arguments for ${name}: they could not be checked (${reason}).`,
      { issues: [{ path: [], message: reason }] },
    )
  }
}

/**
 * The single entry point of every transport (Electron IPC, HTTP, tests). It checks the method
 * exists, validates the arguments against the contract before any service runs, runs the handler
 * and validates its result; every failure becomes an `{ ok: false }` envelope, never a throw.
 */
export async function dispatch(
  backend: Backend,
  name: string,
  rawArgs: unknown,
): Promise<Envelope> {
  try {
    if (!isMethodName(name))
      throw new ApiError('unknown_method', `There is no API method "${name}".`)
    const spec = contract[name]
    const parsed = checkArgs(name, spec.args, rawArgs ?? {})
    if (!parsed.success) {
      throw new ApiError(
        'invalid_argument',
        `Invalid arguments for ${name}: ${describeIssues(parsed.error)}.`,
        {
          issues: parsed.error.issues.map((i) => ({
            path: i.path.map(String),
            message: i.message,
          })),
        },
      )
    }
    const handler = backend[name] as (args: unknown) => Promise<unknown>
    const value: unknown = await handler(parsed.data)
    return { ok: true, value: (spec.result as z.ZodType).parse(value) }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toShape() }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'internal', message: `Unexpected error: ${message}` } }
  }
}
