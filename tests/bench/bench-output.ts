// How a benchmark's measuring process reports: results as JSON lines on stdout (the orchestrator
// merges them), progress as indented lines on stderr.

/** Prints one result object for the orchestrator. */
export const emit = (result: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

/** Prints a line of progress. */
export const log = (line: string): void => {
  process.stderr.write(`  ${line}\n`)
}

/** An error as one line. */
export const message = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error)
