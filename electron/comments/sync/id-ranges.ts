/**
 * A set of remote comment ids kept as sorted, non-overlapping inclusive ranges: WordPress numbers
 * comments in order, so every id a site ever gave us stays a handful of ranges even at 200,000
 * comments. The sync keeps one per target to tell a comment it never saw from one it received
 * and that was then deleted here for good (which must not come back at the next fetch).
 */
export type IdRanges = [number, number][]

/** True when `id` is in the set. */
export function hasId(ranges: IdRanges, id: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [from, to] = ranges[mid] as [number, number]
    if (id < from) high = mid - 1
    else if (id > to) low = mid + 1
    else return true
  }
  return false
}

/** The set with `ids` added, merged back into as few ranges as they allow. */
export function addIds(ranges: IdRanges, ids: Iterable<number>): IdRanges {
  const all: [number, number][] = [...ranges.map(([a, b]) => [a, b] as [number, number])]
  for (const id of ids) all.push([id, id])
  all.sort((x, y) => x[0] - y[0])
  const merged: IdRanges = []
  for (const [from, to] of all) {
    const last = merged[merged.length - 1]
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}
