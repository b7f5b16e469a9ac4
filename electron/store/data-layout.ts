import { join } from 'node:path'

/** Where each piece of a data directory lives. One place, so no module builds paths by hand. */
export function dataLayout(dataDir: string) {
  return {
    root: dataDir,
    meta: join(dataDir, 'midad.json'),
    lock: join(dataDir, 'midad.lock'),
    settings: join(dataDir, 'settings.json'),
    index: join(dataDir, 'index.json'),
    articlesDir: join(dataDir, 'articles'),
    /** `id` must already be validated by `ArticleId`, which admits no path separators. */
    article: (id: string) => join(dataDir, 'articles', `${id}.json`),
  }
}
export type DataLayout = ReturnType<typeof dataLayout>
