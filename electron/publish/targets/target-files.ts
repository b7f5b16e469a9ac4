import { z } from 'zod'
import { PasswordStorage, Target } from '../../../shared/publish/target-schema'

/** `publish-targets.json`: the targets, never their passwords. */
export const TargetsFile = z.object({ version: z.literal(1), targets: z.array(Target).max(100) })
export type TargetsFile = z.infer<typeof TargetsFile>

/**
 * `publish-secrets.json` (mode 0600): each WordPress target's Application Password, sealed by the
 * box named in `storage`. A password sealed by a box this process does not have cannot be opened,
 * and publishing asks for it again.
 */
export const SecretsFile = z.object({
  version: z.literal(1),
  secrets: z.record(z.string(), z.object({ storage: PasswordStorage, value: z.string() })),
})
export type SecretsFile = z.infer<typeof SecretsFile>
