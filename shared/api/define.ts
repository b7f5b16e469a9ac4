import type { z } from 'zod'

/** One API method: the schema of its single argument object and the schema of its result. */
export interface MethodSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly args: A
  readonly result: R
}

/** Declares a method; exists so each domain contract reads as a table of signatures. */
export function method<A extends z.ZodType, R extends z.ZodType>(
  args: A,
  result: R,
): MethodSpec<A, R> {
  return { args, result }
}

/** A domain's contract: method name to signature. */
export type Contract = Record<string, MethodSpec>

/**
 * The server-side implementation of a contract. Handlers receive already-validated arguments and
 * may return a promise; the dispatcher validates what they return too.
 */
export type HandlerMap<C extends Contract> = {
  [K in keyof C]: (args: z.output<C[K]['args']>) => Promise<z.input<C[K]['result']>>
}
