import { z } from 'zod'
import { siteAddress } from '../export/site-address'

/** A target's id: made by the backend when it is added, and safe in file names. */
export const TargetId = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/, 'A target id is 1–64 of a–z, 0–9, "-".')
export type TargetId = z.infer<typeof TargetId>

/** What the user calls a target ("الموقع", "Staging"); unique, case-insensitively. */
export const TargetName = z.string().trim().min(1, 'A target needs a name.').max(80)

/** True when two target names are the same name: in NFC, whatever the case. */
export const sameTargetName = (a: string, b: string): boolean =>
  a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase()

/** A WordPress site's address: an http(s) URL, stored normalised with a trailing "/". */
export const WordPressUrl = z
  .string()
  .trim()
  .max(2000)
  .transform((raw, ctx) => {
    const address = siteAddress(raw)
    if (address) return address
    ctx.addIssue({ code: 'custom', message: 'The WordPress address must be an http(s) URL.' })
    return z.NEVER
  })

/** A WordPress user name (the login, not the display name). */
export const WordPressUser = z.string().trim().min(1, 'A WordPress user is needed.').max(200)

/**
 * An Application Password as WordPress shows it ("abcd efgh …"): the spaces are only for reading
 * and are dropped.
 */
export const AppPassword = z
  .string()
  .max(200)
  .transform((raw) => raw.replace(/\s+/g, ''))
  .pipe(z.string().min(1, 'An Application Password is needed.'))

/** A folder on this machine, given as an absolute path. */
export const FolderPath = z.string().trim().min(1, 'A folder is needed.').max(4096)

/** A new folder target: publishing writes the static site (see the site export) there. */
export const FolderTargetInput = z
  .object({ kind: z.literal('folder'), name: TargetName, dir: FolderPath })
  .strict()

/** A new WordPress target: the REST API at `url`, with an Application Password. */
export const WordPressTargetInput = z
  .object({
    kind: z.literal('wordpress'),
    name: TargetName,
    url: WordPressUrl,
    user: WordPressUser,
    appPassword: AppPassword,
  })
  .strict()

export const TargetInput = z.discriminatedUnion('kind', [FolderTargetInput, WordPressTargetInput])
export type TargetInput = z.input<typeof TargetInput>

/** A configured target as the API shows it: never with its password. */
export const Target = z.discriminatedUnion('kind', [
  z.object({ id: TargetId, kind: z.literal('folder'), name: z.string(), dir: z.string() }),
  z.object({
    id: TargetId,
    kind: z.literal('wordpress'),
    name: z.string(),
    url: z.string(),
    user: z.string(),
  }),
])
export type Target = z.infer<typeof Target>
export type TargetKind = Target['kind']

/**
 * Where this process keeps Application Passwords: `encrypted` with the operating system's key
 * store (Electron's safeStorage), or `file`: a file only this user can read (0600), unencrypted,
 * which the UI warns about (browser mode, the CLI, or an Electron without a key store).
 */
export const PasswordStorage = z.enum(['encrypted', 'file'])
export type PasswordStorage = z.infer<typeof PasswordStorage>
