/**
 * "Comments changed here": the moderation view says so after each action, so the header's
 * Pending badge updates at once rather than at its next poll. A plain event target: the two live
 * in different parts of the tree and share nothing else.
 */
const events = new EventTarget()

export function notifyCommentsChanged(): void {
  events.dispatchEvent(new Event('changed'))
}

/** Calls `listener` after each change; returns the function that stops listening. */
export function onCommentsChanged(listener: () => void): () => void {
  events.addEventListener('changed', listener)
  return () => events.removeEventListener('changed', listener)
}
