const HOUR = 3_600_000
const DAY = 24 * HOUR

/** What thinning needs to know of a stored revision (all of it is in the file name). */
export interface RevisionStamp {
  revision: number
  savedAt: number
  status: string
}

/**
 * Which revisions to delete so history stays useful and small: every revision of the last hour,
 * the newest of each hour for the last day, the newest of each (UTC) day before that. The current
 * revision and every published one are kept forever.
 */
export function revisionsToDrop(revisions: RevisionStamp[], now: number): number[] {
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision)
  const hours = new Set<number>()
  const days = new Set<number>()
  const drop: number[] = []
  newestFirst.forEach((r, index) => {
    const age = now - r.savedAt
    let keep = index === 0 || r.status === 'published' || age <= HOUR
    if (!keep && age <= DAY) {
      const hour = Math.floor(r.savedAt / HOUR)
      keep = !hours.has(hour)
      hours.add(hour)
    } else if (!keep) {
      const day = Math.floor(r.savedAt / DAY)
      keep = !days.has(day)
      days.add(day)
    }
    if (!keep) drop.push(r.revision)
  })
  return drop
}
