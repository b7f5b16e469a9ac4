import { type WordToken, wordTokens } from './word-tokens'

/** A run of text that is in both versions, only in the old one, or only in the new one. */
export interface DiffSegment {
  kind: 'same' | 'removed' | 'added'
  text: string
}

export interface WordDiff {
  segments: DiffSegment[]
  /** Words (and punctuation marks) removed and added, for a one-line summary. */
  removed: number
  added: number
}

type Op = 'same' | 'removed' | 'added'

/**
 * The shortest edit script between two token lists (Myers' O(ND) algorithm), as one op per token.
 * A common head and tail are trimmed first, so a one-word change in a long article costs little.
 */
function editScript(a: string[], b: string[]): Op[] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  const x0 = a.slice(head, a.length - tail)
  const y0 = b.slice(head, b.length - tail)
  const middle = myers(x0, y0)
  return [...Array<Op>(head).fill('same'), ...middle, ...Array<Op>(tail).fill('same')]
}

/** Beyond this many edits the texts share too little to align; the diff shows a rewrite. */
const MAX_EDITS = 3000

function myers(a: string[], b: string[]): Op[] {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_EDITS)
  const rewrite = (): Op[] => [...Array<Op>(n).fill('removed'), ...Array<Op>(m).fill('added')]
  if (n === 0 || m === 0) return rewrite()
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  // trace[d] holds v for diagonals -d..d as it was before step d: memory grows with the edits,
  // not with the length of the texts.
  const trace: Int32Array[] = []
  const at = (d: number, k: number): number => trace[d]?.[k + d] ?? 0
  let done = false
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice(offset - d, offset + d + 1))
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        done = true
        break
      }
    }
  }
  if (!done) return rewrite()
  // Walk the trace back from the end, collecting ops in reverse.
  const ops: Op[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    const k = x - y
    const down = k === -d || (k !== d && at(d, k - 1) < at(d, k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = d === 0 ? 0 : at(d, prevK)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      ops.push('same')
      x--
      y--
    }
    if (d > 0) ops.push(down ? 'added' : 'removed')
    x = prevX
    y = prevY
  }
  return ops.reverse()
}

/**
 * A word-level diff of two texts, as readers of Arabic expect it: whole words (a changed vowel
 * mark marks the whole word as changed, and the diacritics are shown, not stripped), punctuation
 * on its own, and every removal of a run shown before what replaced it. The segments keep the
 * text's own order, so they read right to left when rendered in an RTL block.
 */
export function wordDiff(before: string, after: string): WordDiff {
  const a = wordTokens(before)
  const b = wordTokens(after)
  const ops = editScript(
    a.map((t) => t.text),
    b.map((t) => t.text),
  )
  const segments: DiffSegment[] = []
  let removed = 0
  let added = 0
  let i = 0
  let j = 0
  // Changes between two unchanged words are gathered, then shown removed-first.
  let pendingRemoved = ''
  let pendingAdded = ''
  const push = (kind: Op, text: string) => {
    if (!text) return
    const last = segments.at(-1)
    if (last?.kind === kind) last.text += text
    else segments.push({ kind, text })
  }
  const flush = () => {
    push('removed', pendingRemoved)
    push('added', pendingAdded)
    pendingRemoved = ''
    pendingAdded = ''
  }
  const full = (t: WordToken) => t.text + t.space
  for (const op of ops) {
    if (op === 'same') {
      flush()
      push('same', full(b[j] as WordToken))
      i++
      j++
    } else if (op === 'removed') {
      const token = a[i++] as WordToken
      if (token.text !== '\n') removed++
      pendingRemoved += full(token)
    } else {
      const token = b[j++] as WordToken
      if (token.text !== '\n') added++
      pendingAdded += full(token)
    }
  }
  flush()
  return { segments, removed, added }
}
