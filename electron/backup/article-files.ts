import { readdir } from 'node:fs/promises'

/**
 * The article file names in an `articles/` folder, as the store sees them (`<id>.json`, no temp
 * dot-files); none when the folder is missing.
 */
export async function articleFiles(articlesDir: string): Promise<string[]> {
  try {
    const names = await readdir(articlesDir)
    return names.filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return []
    throw error
  }
}
