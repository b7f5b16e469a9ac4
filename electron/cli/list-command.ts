import { call } from './call'
import { type CliIo, withBackend } from './cli-context'

/** `midad list`: one line per article, or the summaries as JSON with `--json`. */
export async function listCommand(
  flags: { 'data-dir'?: string; json?: boolean },
  io: CliIo,
): Promise<void> {
  const articles = await withBackend(flags['data-dir'], io, (backend) =>
    call(backend, 'articles.list', {}),
  )
  if (flags.json) {
    io.out(JSON.stringify(articles, null, 2))
    return
  }
  for (const a of articles) io.out(`${a.id}\t${a.status}\t${a.updatedAt}\t${a.title}`)
}
