import type { TargetFailure } from './jobs/job-runner'

/**
 * An error a publishing target raised, as the job runner reads it: `retryable` ones make the job
 * wait and try again.
 */
export class TargetError extends Error implements TargetFailure {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable = false,
    readonly status?: number,
  ) {
    super(message)
  }
}
