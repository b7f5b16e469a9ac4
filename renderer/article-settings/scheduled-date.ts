const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')

/** "2025-06-01T09:30", a date's wall-clock time here, as a datetime-local input holds it. */
function localParts(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/**
 * A stored date as a datetime-local input shows it, in this computer's time zone; '' for none.
 * Seconds are dropped: the field is to the minute.
 */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : localParts(date)
}

/**
 * What a datetime-local input holds ("2025-06-01T09:30", local time) as an ISO date with this
 * computer's offset ("2025-06-01T09:30:00+03:00"), so the stored date says which moment it is
 * and still reads as the time the editor typed. Null for anything else (empty, a year past 9999).
 * A time skipped by a daylight-saving change becomes the moment the clock shows instead.
 */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value)
  if (!m) return null
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0))
  const date = new Date(year ?? 0, (month ?? 1) - 1, day, hour, minute, second)
  date.setFullYear(year ?? 0)
  if (Number.isNaN(date.getTime())) return null
  const offset = -date.getTimezoneOffset()
  const sign = offset < 0 ? '-' : '+'
  const zone = `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  return `${localParts(date)}:${pad(date.getSeconds())}${zone}`
}

/** This computer's time zone ("Asia/Baghdad"), named next to the field so the time is not misread. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}
