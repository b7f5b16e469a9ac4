import { ApiError } from '../../../shared/api/errors'
import { checkSiteFolder } from '../../export/site/site-target'
import { asFailure } from '../jobs/job-runner'
import { clientFor } from '../wordpress-target'
import type { TargetWithSecret } from './target-store'

/**
 * "Test connection": asks WordPress who the password belongs to (`/wp/v2/users/me`), or checks a
 * folder could hold the site. A failure is a `remote` error with the target's own message.
 */
export async function checkTarget(
  target: TargetWithSecret,
  options: { dataDir: string; timeoutMs?: number | undefined },
): Promise<{ ok: true; detail: string }> {
  try {
    if (target.kind === 'folder') {
      const checked = await checkSiteFolder(target.dir, options.dataDir)
      return { ok: true, detail: checked.outDir }
    }
    const me = await clientFor({ target, timeoutMs: options.timeoutMs }).me()
    return { ok: true, detail: me.name || me.slug }
  } catch (error) {
    if (error instanceof ApiError && error.code !== 'invalid_argument') throw error
    const failure = asFailure(error)
    throw new ApiError('remote', failure.message, {
      code: error instanceof ApiError ? (error.details?.problem ?? failure.code) : failure.code,
      ...(failure.status !== undefined ? { status: failure.status } : {}),
    })
  }
}
