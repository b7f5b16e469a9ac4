import type { z } from 'zod'
import type { ArgsOf } from '../../shared/api/contract'
import { ApiError } from '../../shared/api/errors'
import { publishContract } from '../../shared/publish/publish-contract'
import { type Target, TargetInput, type TargetKind } from '../../shared/publish/target-schema'

/** The fields of a target form; a folder uses `dir`, WordPress `url`, `user` and `appPassword`. */
export type TargetField = 'name' | 'dir' | 'url' | 'user' | 'appPassword'
const fields: readonly TargetField[] = ['name', 'dir', 'url', 'user', 'appPassword']

/** What the form holds, as typed. The password is never loaded: the API does not give it out. */
export interface TargetFormValues {
  kind: TargetKind
  name: string
  dir: string
  url: string
  user: string
  appPassword: string
}

/** An empty form for a new target of `kind`. */
export function blankValues(kind: TargetKind): TargetFormValues {
  return { kind, name: '', dir: '', url: '', user: '', appPassword: '' }
}

/** The form for editing a saved target; the password field starts empty ("keep the saved one"). */
export function valuesOf(target: Target): TargetFormValues {
  return target.kind === 'folder'
    ? { ...blankValues('folder'), name: target.name, dir: target.dir }
    : { ...blankValues('wordpress'), name: target.name, url: target.url, user: target.user }
}

/** The arguments for an API call, or the fields that keep the form from making them. */
export type Checked<T> = { ok: true; args: T } | { ok: false; fields: TargetField[] }

/** The form's fields named by zod issues (their first path segment), each once. */
function fieldsOf(issues: readonly { path: readonly PropertyKey[] }[]): TargetField[] {
  const named = issues
    .map((i) => String(i.path[0] ?? ''))
    .filter((f) => fields.includes(f as never))
  return [...new Set(named as TargetField[])]
}

/**
 * Checks with the contract's own schemas before calling, so a mistake is shown next to its field
 * at once (the backend checks again; it stays the judge of what it stores).
 */
function check<S extends z.ZodType>(schema: S, raw: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(raw)
  return parsed.success
    ? { ok: true, args: parsed.data }
    : { ok: false, fields: fieldsOf(parsed.error.issues) }
}

/** The new target the form describes, as `targets.add` (and `targets.test`) take it. */
export function addArgs(values: TargetFormValues): Checked<ArgsOf<'targets.add'>> {
  const { kind, name, dir, url, user, appPassword } = values
  return check(
    TargetInput,
    kind === 'folder' ? { kind, name, dir } : { kind, name, url, user, appPassword },
  )
}

/** What changed in a saved target; an empty password keeps the saved one. */
export function updateArgs(
  values: TargetFormValues,
  saved: Target,
): Checked<ArgsOf<'targets.update'>> {
  const before = valuesOf(saved)
  const changed: Record<string, string> = { id: saved.id }
  const own: TargetField[] = saved.kind === 'folder' ? ['name', 'dir'] : ['name', 'url', 'user']
  for (const field of own) if (values[field] !== before[field]) changed[field] = values[field]
  if (saved.kind === 'wordpress' && values.appPassword.trim()) {
    changed.appPassword = values.appPassword
  }
  return check(publishContract['targets.update'].args, changed)
}

/**
 * What "Test connection" checks: the saved target itself when the form is unchanged (or only its
 * name changed, and no new password was typed), else the values in the form. A changed address
 * or user without a password cannot be tested: the saved password belongs to the old ones.
 */
export function testArgs(
  values: TargetFormValues,
  saved: Target | null,
): Checked<ArgsOf<'targets.test'>> {
  if (saved) {
    const before = valuesOf(saved)
    const same =
      values.dir === before.dir && values.url === before.url && values.user === before.user
    if (same && !values.appPassword.trim()) return { ok: true, args: { id: saved.id } }
    if (saved.kind === 'wordpress' && !values.appPassword.trim()) {
      return { ok: false, fields: ['appPassword'] }
    }
  }
  // The name does not matter to a test; a form without one yet can still be tested.
  return addArgs({ ...values, name: values.name.trim() || saved?.name || values.kind })
}

/**
 * The fields a refusal from the backend points at (`invalid_argument` with `details.issues`),
 * with its message for each; empty when it names none of the form's fields.
 */
export function refusedFields(error: unknown): Partial<Record<TargetField, string>> {
  if (!(error instanceof ApiError) || error.code !== 'invalid_argument') return {}
  const issues = error.details?.issues
  if (!Array.isArray(issues)) return {}
  const refused: Partial<Record<TargetField, string>> = {}
  for (const issue of issues as { path?: unknown; message?: unknown }[]) {
    const head = Array.isArray(issue.path) ? String(issue.path[0] ?? '') : ''
    if (fields.includes(head as TargetField) && !refused[head as TargetField]) {
      refused[head as TargetField] = typeof issue.message === 'string' ? issue.message : ''
    }
  }
  return refused
}
