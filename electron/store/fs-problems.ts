/**
 * File-system error codes that mean "this path cannot be used", in words a user can act on. One
 * table for every command and job that writes where the user pointed it.
 */
const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'a file with that name is in the way',
  EBUSY: 'another program is using it',
  ENAMETOOLONG: 'the path is too long',
}

/** The words for a file-system error, or null when it is not one of the known path problems. */
export function fsProblem(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return (code && FS_PROBLEMS[code]) || null
}
