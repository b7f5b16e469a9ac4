import { runCli } from './run-cli'

// `midad list | head -1`: the reader went away; that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

/** The `midad` command. `serve` keeps the process alive; other commands exit with their code. */
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ...(process.stderr.isTTY
    ? { progress: (line: string) => process.stderr.write(`\r\u001b[K${line}`) }
    : {}),
  env: process.env,
})
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code
