import { httpUrl } from '../editor/schema-extensions'

/** A link found in a comment: its text as written, and its address when it is a web link. */
export interface CommentLink {
  text: string
  /** The parsed http(s) address, or null (a `javascript:` or `data:` link is never one). */
  href: string | null
}

/** Raw URLs (`https://…`, `www.…`) and the href of anchors written as markup. */
const LINK =
  /<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)|\b(?:https?:\/\/|www\.)[^\s<>"'()]+|\b(?:javascript|data|vbscript):[^\s<>"']+/giu

/** The http(s) address that `text` names, or null: parsed, never substring-checked. */
export function webAddress(text: string): string | null {
  return httpUrl(/^www\./i.test(text) ? `https://${text}` : text)
}

/**
 * The links in a comment's text, in order (at most `limit`). The moderation card lists them as
 * text; only a web link can be opened, and only when the moderator asks.
 */
export function findLinks(text: string, limit = 100): CommentLink[] {
  const links: CommentLink[] = []
  for (const m of text.matchAll(LINK)) {
    const raw = (m[1] ?? m[0]).replace(/[.,،؛!?؟]+$/u, '')
    links.push({ text: raw, href: webAddress(raw) })
    if (links.length >= limit) break
  }
  return links
}

/** How many links a comment has, for the max-links rule (counted up to `cap`). */
export function countLinks(text: string, cap = 1_001): number {
  return findLinks(text, cap).length
}
