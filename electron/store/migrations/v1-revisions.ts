import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Article } from '../../../shared/articles/article-schema'
import { RevisionStore } from '../../articles/revision-store'
import { SchemaFile } from '../schema-file'
import type { Migration } from './migration'

/**
 * Schema 1 → 2: revision history and the index journal. Every article's current version becomes
 * its first kept revision, so History is never empty; the journal starts empty.
 */
export const v1Revisions: Migration = {
  from: 1,
  description: 'keep revisions in revisions/<id>/ and journal the index',
  run: async (layout) => {
    const revisions = new RevisionStore(layout)
    const files = (await readdir(layout.articlesDir)).filter(
      (f) => f.endsWith('.json') && !f.startsWith('.'),
    )
    for (const file of files) {
      const path = join(layout.articlesDir, file)
      let article: Article
      try {
        article = new SchemaFile(path, Article, layout.root).parse(await readFile(path, 'utf8'))
      } catch {
        continue // A damaged file is left for the store's recovery to report and quarantine.
      }
      const kept = await revisions.stamps(article.id)
      if (!kept.some((s) => s.revision === article.revision)) await revisions.write(article)
    }
    await writeFile(layout.journal, '', { flag: 'a' })
  },
}
