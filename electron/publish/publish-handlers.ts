import type { HandlerMap } from '../../shared/api/define'
import type { publishContract } from '../../shared/publish/publish-contract'
import type { JobStore } from './jobs/job-store'
import type { PublishService } from './publish-service'
import { checkTarget } from './targets/target-check'
import type { TargetStore } from './targets/target-store'

/** The publish domain's implementation of the contract: targets and jobs. */
export function publishHandlers(deps: {
  targets: TargetStore
  service: PublishService
  jobs: JobStore
  dataDir: string
  timeoutMs?: number | undefined
}): HandlerMap<typeof publishContract> {
  const { targets, service, jobs } = deps
  const check = { dataDir: deps.dataDir, timeoutMs: deps.timeoutMs }
  return {
    'targets.list': async () => ({
      targets: targets.list(),
      passwordStorage: targets.passwordStorage,
    }),
    'targets.add': (input) => targets.add(input),
    'targets.update': ({ id, ...changes }) => targets.update(id, changes),
    'targets.remove': async ({ id }) => {
      await targets.remove(id)
      return { id }
    },
    'targets.test': (args) =>
      checkTarget('id' in args ? targets.withSecret(args.id) : { id: 'unsaved', ...args }, check),
    'publish.start': (request) => service.publish(request),
    'publish.unpublish': (request) => service.unpublish(request),
    'publish.jobs': async ({ articleId }) => jobs.list(articleId),
    'publish.retry': ({ jobId }) => service.retry(jobId),
    'publish.cancel': ({ jobId }) => service.cancel(jobId),
  }
}
