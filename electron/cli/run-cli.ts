import { parseArgs } from 'node:util'
import { ApiError } from '../../shared/api/errors'
import { BackupError } from '../backup/backup-error'
import { fsProblem } from '../store/fs-problems'
import { backupCommand } from './backup-command'
import type { CliIo } from './cli-context'
import { EXIT, InputError, UsageError } from './cli-errors'
import { commentsCommand } from './comments-command'
import { exportCommand } from './export-command'
import { importCommand } from './import-command'
import { lintCommand } from './lint-command'
import { listCommand } from './list-command'
import { publishCommand } from './publish-command'
import { restoreCommand } from './restore-command'
import { serveCommand } from './serve-command'
import { siteExportCommand } from './site-export-command'
import { targetCommand } from './target-command'
import { MIDAD_VERSION, USAGE } from './usage'

const OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  all: { type: 'boolean' },
  status: { type: 'string' },
  'site-url': { type: 'string' },
  'site-title': { type: 'string' },
  name: { type: 'string' },
  url: { type: 'string' },
  user: { type: 'string' },
  'app-password': { type: 'string' },
  dir: { type: 'string' },
  target: { type: 'string' },
  schedule: { type: 'string' },
  show: { type: 'boolean' },
  set: { type: 'string' },
  csv: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

/** Each command's options, and what its one argument is (none when absent). */
const ALLOWED: Record<string, { options: string[]; argument?: string }> = {
  serve: { options: ['data-dir', 'port'] },
  list: { options: ['data-dir', 'json'] },
  import: { options: ['data-dir', 'json'], argument: 'file' },
  lint: { options: ['data-dir', 'json'], argument: 'article id' },
  export: {
    options: ['data-dir', 'out', 'all', 'status', 'site-url', 'site-title'],
    argument: 'article id (or --all)',
  },
  backup: { options: ['data-dir'] },
  target: {
    options: ['data-dir', 'name', 'url', 'user', 'app-password', 'dir', 'json'],
    argument: 'action',
  },
  publish: { options: ['data-dir', 'target', 'schedule'], argument: 'article id' },
  unpublish: { options: ['data-dir', 'target'], argument: 'article id' },
  comments: {
    options: ['data-dir', 'status', 'json', 'show', 'set', 'csv'],
    argument: 'subcommand',
  },
  restore: {
    options: ['data-dir', 'yes'],
    argument: 'backup (a folder, or a day such as 2026-11-24)',
  },
}

function parse(argv: string[]) {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>
  >
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    const option = /'(-{1,2}[^']*)'/.exec((error as Error).message)?.[1]
    throw new UsageError(
      option ? `Unknown or incomplete option ${option}.` : (error as Error).message,
    )
  }
  const [command, ...rest] = parsed.positionals
  if (parsed.values.help || command === 'help')
    return { command: 'help', rest, values: parsed.values }
  if (parsed.values.version) return { command: 'version', rest, values: parsed.values }
  const spec = command === undefined ? undefined : ALLOWED[command]
  if (!command || !spec)
    throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.')
  for (const key of Object.keys(parsed.values)) {
    if (!spec.options.includes(key)) throw new UsageError(`"${command}" does not take --${key}.`)
  }
  // `export --all` exports the site: no article id.
  const site = command === 'export' && parsed.values.all
  if (command === 'export' && !site) {
    for (const key of ['status', 'site-url', 'site-title'] as const)
      if (parsed.values[key] !== undefined)
        throw new UsageError(`--${key} goes with "export --all".`)
  }
  if (site && rest.length) throw new UsageError('"export --all" takes no article id.')
  // `target add wordpress|folder`, `target list` and `comments …`: checked by the command itself.
  const ownArguments = command === 'target' || command === 'comments'
  if (!ownArguments && !site && rest.length !== (spec.argument ? 1 : 0)) {
    throw new UsageError(
      spec.argument
        ? `"${command}" takes exactly one ${spec.argument}.`
        : `"${command}" takes no arguments.`,
    )
  }
  return { command, rest, values: parsed.values }
}

/**
 * Runs one CLI invocation and returns its exit code: 0 success, 1 wrong usage (with the usage
 * text), 2 bad input or data (with a message), 3 style findings (`lint`). `serve` resolves once
 * listening and keeps running.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { command, rest, values } = parse(argv)
    if (command === 'help') io.out(USAGE)
    else if (command === 'version') io.out(`midad ${MIDAD_VERSION}`)
    else if (command === 'list') await listCommand(values, io)
    else if (command === 'import') await importCommand(rest[0] as string, values, io)
    else if (command === 'export' && values.all) await siteExportCommand(values, io)
    else if (command === 'export') await exportCommand(rest[0] as string, values, io)
    else if (command === 'serve') await serveCommand(values, io)
    else if (command === 'backup') await backupCommand(values, io)
    else if (command === 'target') await targetCommand(rest, values, io)
    else if (command === 'publish' || command === 'unpublish')
      await publishCommand(command, rest[0] as string, values, io)
    else if (command === 'restore') await restoreCommand(rest[0] as string, values, io)
    else if (command === 'comments') await commentsCommand(rest, values, io)
    else if (command === 'lint') return await lintCommand(rest[0] as string, values, io)
    return EXIT.ok
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`midad: ${error.message}\n\n${USAGE}`)
      return EXIT.usage
    }
    if (error instanceof InputError || error instanceof ApiError || error instanceof BackupError) {
      io.err(`midad: ${error.message}`)
      return EXIT.input
    }
    // A path that cannot be used is bad input, reported without a stack trace.
    const problem = (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : fsProblem(error)
    if (problem) {
      io.err(
        `midad: cannot use ${(error as NodeJS.ErrnoException).path ?? 'that path'}: ${problem}.`,
      )
      return EXIT.input
    }
    io.err(
      `midad: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    )
    return EXIT.input
  }
}
