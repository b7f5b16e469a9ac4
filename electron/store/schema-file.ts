import { readFile } from 'node:fs/promises'
import { relative } from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { ApiError } from '../../shared/api/errors'
import { atomicWriteFile } from './atomic-write'

/** Renders zod issues as "path: message; …" for error messages that a person can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ')
}

/**
 * A lowdb adapter for one JSON file whose contents must match `schema`. Reading validates (a file
 * that is not JSON or fails the schema raises an `invalid_data` error naming the file, and is left
 * untouched on disk); writing is atomic ({@link atomicWriteFile}).
 */
export class SchemaFile<S extends z.ZodType> implements Adapter<z.output<S>> {
  constructor(
    private readonly file: string,
    private readonly schema: S,
    /** Directory that error messages name files relative to (the data directory). */
    private readonly root: string,
  ) {}

  async read(): Promise<z.output<S> | null> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    return this.parse(text)
  }

  /** Validates file contents; exported behaviour of `read`, separated so it can be reused for seeding. */
  parse(text: string): z.output<S> {
    const name = relative(this.root, this.file) || this.file
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new ApiError(
        'invalid_data',
        `${name} is not valid JSON (${(error as Error).message}).`,
        { file: name },
      )
    }
    const result = this.schema.safeParse(json)
    if (!result.success) {
      throw new ApiError(
        'invalid_data',
        `${name} does not match the expected format: ${describeIssues(result.error)}.`,
        {
          file: name,
        },
      )
    }
    return result.data
  }

  async write(data: z.output<S>): Promise<void> {
    await atomicWriteFile(this.file, `${JSON.stringify(data, null, 2)}\n`)
  }
}
