/** Kept in step with package.json's version. */
export const MIDAD_VERSION = '0.1.0'

export const USAGE = `Usage: midad <command> [options]

Commands:
  serve  [--data-dir D] [--port P]   Run browser mode on 127.0.0.1 and print its address
  list   [--data-dir D] [--json]     List the articles, most recently updated first
  import FILE [--data-dir D]         Import a .txt or .html file as a new draft; prints its id

Options:
  --data-dir D   Data directory (default: $MIDAD_DATA_DIR, else the app's user-data folder)
  -h, --help     Show this help (also: midad help)
  -v, --version  Show the version

Exit codes: 0 success, 1 wrong usage, 2 bad input or data.`
