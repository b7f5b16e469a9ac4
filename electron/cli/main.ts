import { runCli } from './run-cli'

/** The `midad` command. `serve` keeps the process alive; other commands exit with their code. */
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
})
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code
