/** Wrong usage of the CLI: exit code 1, with the usage text. */
export class UsageError extends Error {}

/** Bad input or data (unreadable file, invalid article, broken data directory): exit code 2. */
export class InputError extends Error {}

/** Exit codes; `findings` is `midad lint`'s "the article has style findings". */
export const EXIT = { ok: 0, usage: 1, input: 2, findings: 3 } as const
