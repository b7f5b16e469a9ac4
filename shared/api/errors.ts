import { z } from 'zod'

/**
 * Every failure that crosses the API boundary has one of these codes, so the UI can react to the
 * kind of failure (show a conflict banner, point at a bad field) instead of parsing messages.
 */
export const ApiErrorCode = z.enum([
  'invalid_argument',
  'not_found',
  'conflict',
  'invalid_data',
  'unknown_method',
  'unauthorized',
  'read_only',
  /** A publishing target (WordPress, a folder) refused or could not be reached; see the message. */
  'remote',
  /** A blocking pre-publish check fails; `details.checks` lists them. */
  'not_publishable',
  /** The client could not reach the backend at all (raised by the renderer's transport). */
  'unavailable',
  'internal',
])
export type ApiErrorCode = z.infer<typeof ApiErrorCode>

/** The serialisable form of an error, identical over IPC and HTTP. */
export const ApiErrorShape = z.object({
  code: ApiErrorCode,
  message: z.string(),
  /** Extra facts for the UI, e.g. the current revision on a conflict or the invalid fields. */
  details: z.record(z.string(), z.unknown()).optional(),
})
export type ApiErrorShape = z.infer<typeof ApiErrorShape>

/**
 * A typed error. Services throw it; transports serialise it with {@link ApiError.toShape} and the
 * client turns the shape back into an `ApiError`, so `instanceof` and `code` work on both sides.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly details: Record<string, unknown> | undefined

  constructor(code: ApiErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.details = details
  }

  toShape(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }

  static fromShape(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.details)
  }
}
