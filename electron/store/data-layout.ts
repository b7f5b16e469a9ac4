import { join } from 'node:path'

/** Where each piece of a data directory lives. One place, so no module builds paths by hand. */
export function dataLayout(dataDir: string) {
  return {
    root: dataDir,
    meta: join(dataDir, 'midad.json'),
    lock: join(dataDir, 'midad.lock'),
    settings: join(dataDir, 'settings.json'),
    index: join(dataDir, 'index.json'),
    journal: join(dataDir, 'index.journal'),
    revisionsDir: join(dataDir, 'revisions'),
    quarantineDir: join(dataDir, 'quarantine'),
    articlesDir: join(dataDir, 'articles'),
    /** Images, each named by the SHA-256 of its bytes, so the same image is stored once. */
    mediaDir: join(dataDir, 'media'),
    /** Publishing targets (folders, WordPress sites), without their passwords. */
    targets: join(dataDir, 'publish-targets.json'),
    /** The targets' Application Passwords: encrypted, or plain in a file only this user reads. */
    secrets: join(dataDir, 'publish-secrets.json'),
    /** Publish jobs, kept so a queued or waiting job survives a restart. */
    publishJobs: join(dataDir, 'publish-jobs.json'),
    /** Comments: sharded snapshots plus a journal (see CommentStore), the audit log, the rules. */
    commentsDir: join(dataDir, 'comments'),
    commentShard: (shard: string) => join(dataDir, 'comments', `shard-${shard}.json`),
    commentJournal: join(dataDir, 'comments', 'journal.ndjson'),
    commentAudit: join(dataDir, 'comments', 'audit.ndjson'),
    commentRules: join(dataDir, 'comments', 'rules.json'),
    /** WordPress comment sync: what was fetched when, and the decisions waiting to be pushed. */
    commentSync: join(dataDir, 'comments', 'sync.json'),
    /** File › Open Recent: the articles last opened, newest first. */
    recent: join(dataDir, 'recent.json'),
    /** Words the newsroom added to the spellchecker ("Add to dictionary"). */
    newsroomDictionary: join(dataDir, 'newsroom-dictionary.json'),
    /** `id` must already be validated by `ArticleId`, which admits no path separators. */
    article: (id: string) => join(dataDir, 'articles', `${id}.json`),
    /** Every kept revision of one article. */
    revisionsOf: (id: string) => join(dataDir, 'revisions', id),
  }
}
export type DataLayout = ReturnType<typeof dataLayout>
