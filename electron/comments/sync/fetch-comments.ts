import { wellFormed } from '../../../shared/comments/comment-schema'
import {
  adoptSite,
  changeComment,
  markConflict,
  recordSite,
  type SiteState,
  wordpressSource,
} from './comment-changes'
import { addIds, hasId } from './id-ranges'
import { type FetchDeps, receiveFromSite } from './receive-from-site'
import { gmtDate, SITE_STATUS, siteStatusOf, wpCommentId } from './site-status'
import { PER_PAGE, type WordPressComments, type WpComment } from './wordpress-comments'

/** What one fetch did. */
export interface FetchResult {
  fetched: number
  conflicts: number
  /** Comments that need a push now (the rules spammed a held one). */
  queued: number
}

/** One second earlier, as `after` takes it ("2026-05-01T09:29:59Z"): `after` is exclusive. */
const secondBefore = (dateGmt: string) =>
  new Date(Date.parse(gmtDate(dateGmt)) - 1_000).toISOString().replace(/\.\d+Z$/, 'Z')

const byDate = (a: WpComment, b: WpComment) =>
  a.date_gmt < b.date_gmt ? -1 : a.date_gmt > b.date_gmt ? 1 : a.id - b.id

/**
 * Fetches a target's comments: everything dated from the cursor on (any status), the whole held
 * queue (a held comment may be older than the cursor), and the held comments we have that left
 * that queue on the site (moderated in wp-admin). New ones go through the receiver (the rules);
 * known ones the site changed are adopted, or become conflicts when a decision waits for them.
 */
export async function fetchComments(
  deps: FetchDeps,
  api: WordPressComments,
  targetId: string,
  actionId: string,
): Promise<FetchResult> {
  const state = deps.file.target(targetId)
  const cursor = state.cursor
  const recent = await api.list({
    status: 'any',
    orderby: 'date_gmt',
    order: 'asc',
    ...(cursor ? { after: secondBefore(cursor.date) } : {}),
  })
  const held = await api.list({ status: 'hold', orderby: 'date_gmt', order: 'asc' })
  const boundary = new Set(cursor?.ids ?? [])
  const found = new Map<number, WpComment>()
  for (const c of recent)
    if (!(c.date_gmt === cursor?.date && boundary.has(c.id))) found.set(c.id, c)
  for (const c of held) found.set(c.id, c)
  for (const c of await leftHeld(deps, api, targetId, found)) found.set(c.id, c)

  const result: FetchResult = { fetched: 0, conflicts: 0, queued: 0 }
  const fresh: WpComment[] = []
  for (const remote of [...found.values()].sort(byDate)) {
    const status = siteStatusOf(remote)
    if (!status) continue
    const id = wpCommentId(targetId, remote.id)
    const site = { status, body: wellFormed(remote.content.raw) }
    if (deps.store.get(id)) {
      if (await seenAgain(deps, id, site, actionId)) result.conflicts++
    } else if (!hasId(state.seen, remote.id)) fresh.push(remote)
    // else: received once and deleted here for good; it stays deleted.
  }
  if (fresh.length) {
    const received = await receiveFromSite(deps, api, targetId, fresh, actionId)
    result.fetched = received.added
    result.queued = received.queued
  }
  state.seen = addIds(
    state.seen,
    fresh.map((c) => c.id),
  )
  const newest = recent.reduce<string | null>(
    (n, c) => (!n || c.date_gmt > n ? c.date_gmt : n),
    cursor?.date ?? null,
  )
  if (newest) {
    const ids = recent.filter((c) => c.date_gmt === newest).map((c) => c.id)
    state.cursor = {
      date: newest,
      ids: newest === cursor?.date ? [...new Set([...boundary, ...ids])] : ids,
    }
  }
  state.fetchedAt = deps.now().toISOString()
  state.error = null
  await deps.file.save()
  return result
}

/**
 * The remote comments we hold as pending that are no longer in the site's held queue (nor in
 * this fetch): asked for by id, 100 at a time, so a comment approved in wp-admin shows here.
 */
async function leftHeld(
  deps: FetchDeps,
  api: WordPressComments,
  targetId: string,
  found: ReadonlyMap<number, WpComment>,
): Promise<WpComment[]> {
  const ids: number[] = []
  for (const comment of deps.store.all()) {
    const source = wordpressSource(comment)
    if (source?.targetId !== targetId || source.siteStatus !== 'hold') continue
    if (!found.has(source.remoteId)) ids.push(source.remoteId)
  }
  const answers: WpComment[] = []
  for (let i = 0; i < ids.length; i += PER_PAGE) {
    const include = ids.slice(i, i + PER_PAGE).join(',')
    answers.push(...(await api.list({ status: 'any', include, orderby: 'id' })))
  }
  return answers
}

/**
 * A known comment seen again. Unchanged on the site: nothing. Changed, with no decision waiting:
 * the site's change is adopted. Changed while a decision waits: a conflict (true), unless the
 * site already has what the decision wanted.
 */
async function seenAgain(
  deps: FetchDeps,
  id: string,
  site: SiteState,
  actionId: string,
): Promise<boolean> {
  const comment = deps.store.get(id)
  const source = wordpressSource(comment)
  if (!comment || !source) return false
  if (comment.conflict) {
    const { siteStatus, siteBody } = comment.conflict
    if (siteStatus === site.status && siteBody === site.body) return false
    // Still in conflict, with the site's newest version shown.
    await changeComment(deps, id, actionId, (c) =>
      c.conflict
        ? {
            next: {
              ...c,
              conflict: { ...c.conflict, siteStatus: site.status, siteBody: site.body },
            },
            events: [],
          }
        : null,
    )
    return false
  }
  const entry = deps.file.queued(id)
  const base = entry
    ? { status: entry.baseStatus, body: entry.baseBody }
    : { status: source.siteStatus, body: source.siteBody }
  if (base.status === site.status && base.body === site.body) return false
  if (!entry) {
    await adoptSite(deps, id, site, actionId)
    return false
  }
  deps.file.drop(id)
  if (SITE_STATUS[entry.status] === site.status && base.body === site.body) {
    await recordSite(deps, id, site)
    return false
  }
  await markConflict(deps, id, site, actionId)
  return true
}
