import type { z } from 'zod'
import { ApiError } from '../../../shared/api/errors'

/** How many problems an error message lists; the rest are counted. */
const SHOWN = 5

/** One thing wrong with an import file: where (a path a person can find) and what. */
export interface ImportProblem {
  where: string
  message: string
}

/**
 * Collects the problems of an import file, so one error can name the first few (with their
 * place in the file) instead of stopping at the first, and the file is refused as a whole.
 */
export class ImportProblems {
  private readonly list: ImportProblem[] = []
  private extra = 0

  get count(): number {
    return this.list.length + this.extra
  }

  add(where: string, message: string): void {
    if (this.list.length < SHOWN) this.list.push({ where, message })
    else this.extra++
  }

  /**
   * Adds each zod issue under `where` (e.g. `comments[2]`), with the field path appended
   * (`comments[2].status`); `rename` names the field as the file does (`wp:comment_content`).
   */
  addIssues(where: string, error: z.ZodError, rename?: (field: string) => string): void {
    for (const issue of error.issues) {
      const field = issue.path.map(String).join('.')
      if (!field) this.add(where, issue.message)
      else if (rename) this.add(`${where}, ${rename(field)}`, issue.message)
      else this.add(`${where}.${field}`, issue.message)
    }
  }

  /** Throws one `invalid_argument` error naming the problems, if there are any. */
  throwIfAny(): void {
    if (!this.list.length) return
    const shown = this.list.map((p) => `${p.where}: ${p.message}`).join('; ')
    const more = this.extra ? ` (and ${this.extra} more)` : ''
    throw new ApiError(
      'invalid_argument',
      `Nothing was imported: the file has ${this.count === 1 ? 'a problem' : `${this.count} problems`}. ${shown}${more}`,
      { issues: this.list.map((p) => ({ path: p.where, message: p.message })) },
    )
  }
}

/** The file itself is unusable (not JSON, not a WXR export): one problem, thrown at once. */
export function fileProblem(message: string): never {
  throw new ApiError('invalid_argument', `Nothing was imported: ${message}`)
}
