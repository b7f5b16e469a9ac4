/**
 * A backup or restore that cannot go ahead (a damaged backup, a data directory in use, no
 * confirmation). The message is one line that says what to do; the CLI shows it as it is.
 */
export class BackupError extends Error {
  override name = 'BackupError'
}
