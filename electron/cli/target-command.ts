import { call } from './call'
import { type CliIo, withBackend } from './cli-context'
import { UsageError } from './cli-errors'

export interface TargetFlags {
  'data-dir'?: string | undefined
  name?: string | undefined
  url?: string | undefined
  user?: string | undefined
  'app-password'?: string | undefined
  dir?: string | undefined
  json?: boolean | undefined
}

/**
 * `midad target add wordpress --name N --url U --user X --app-password P`,
 * `midad target add folder --name N --dir DIR` and `midad target list`. Arguments are checked by
 * the same contract as the app's Targets screen; a bad one exits 2 naming it.
 */
export async function targetCommand(args: string[], flags: TargetFlags, io: CliIo): Promise<void> {
  const [verb, kind] = args
  if (verb === 'list' && args.length === 1) return listTargets(flags, io)
  if (verb !== 'add' || args.length !== 2 || (kind !== 'wordpress' && kind !== 'folder'))
    throw new UsageError('Use "target add wordpress …", "target add folder …" or "target list".')
  const wanted = kind === 'folder' ? ['name', 'dir'] : ['name', 'url', 'user', 'app-password']
  const extra = (['url', 'user', 'app-password', 'dir'] as const).filter(
    (key) => flags[key] !== undefined && !wanted.includes(key),
  )
  if (extra.length) throw new UsageError(`"target add ${kind}" does not take --${extra[0]}.`)
  const missing = wanted.filter((key) => flags[key as keyof TargetFlags] === undefined)
  if (missing.length) throw new UsageError(`"target add ${kind}" needs --${missing.join(', --')}.`)
  const target = await withBackend(flags['data-dir'], io, async (backend) => {
    const added = await call(
      backend,
      'targets.add',
      kind === 'folder'
        ? { kind, name: flags.name ?? '', dir: flags.dir ?? '' }
        : {
            kind,
            name: flags.name ?? '',
            url: flags.url ?? '',
            user: flags.user ?? '',
            appPassword: flags['app-password'] ?? '',
          },
    )
    const { passwordStorage } = await call(backend, 'targets.list', {})
    return { added, passwordStorage }
  })
  if (target.added.kind === 'wordpress' && target.passwordStorage === 'file')
    io.err(
      'midad: note: the Application Password is kept unencrypted in publish-secrets.json in the data directory (readable by this user only).',
    )
  io.out(`${target.added.id}\t${target.added.kind}\t${target.added.name}`)
}

async function listTargets(flags: TargetFlags, io: CliIo): Promise<void> {
  const { targets } = await withBackend(flags['data-dir'], io, (backend) =>
    call(backend, 'targets.list', {}),
  )
  if (flags.json) {
    io.out(JSON.stringify(targets, null, 2))
    return
  }
  for (const t of targets)
    io.out(`${t.id}\t${t.kind}\t${t.name}\t${t.kind === 'folder' ? t.dir : `${t.url} (${t.user})`}`)
}
