import type { DocNode } from '../articles/doc-schema'
import { isMediaSrc } from './media-src'

/** One figure found in a document, where it is (for error paths) and what it points at. */
export interface DocFigure {
  /** Indexes into `content` arrays from the root, e.g. [3] or [2, 0] (a figure in a quote). */
  path: number[]
  src: unknown
  alt: unknown
}

/** Every `figure` node of a document, in document order, found without recursion. */
export function docFigures(doc: DocNode): DocFigure[] {
  const found: DocFigure[] = []
  const stack: [DocNode, number[]][] = [[doc, []]]
  while (stack.length) {
    const [node, path] = stack.pop() as [DocNode, number[]]
    if (node.type === 'figure') found.push({ path, src: node.attrs?.src, alt: node.attrs?.alt })
    const children = node.content ?? []
    for (let i = children.length - 1; i >= 0; i--)
      stack.push([children[i] as DocNode, [...path, i]])
  }
  return found
}

/**
 * The stored images a document uses (`media/<sha256>.<ext>`), each once, in document order: what
 * an export copies next to the HTML.
 */
export function docImageSources(doc: DocNode): string[] {
  const sources = docFigures(doc)
    .map((f) => f.src)
    .filter(isMediaSrc)
  return [...new Set(sources)]
}

/**
 * Why a document's figures are not all valid, or null when they are: every figure must show a
 * stored image (`media/<sha256>.<ext>`, never a remote or `data:` address) and have alt text.
 */
export function figureProblem(doc: DocNode): { path: number[]; message: string } | null {
  for (const figure of docFigures(doc)) {
    if (!isMediaSrc(figure.src))
      return {
        path: figure.path,
        message: 'A figure must show a stored image ("media/<sha256>.<ext>").',
      }
    if (typeof figure.alt !== 'string' || !figure.alt.trim() || figure.alt.length > 1_000)
      return { path: figure.path, message: 'A figure needs alt text (1–1,000 characters).' }
  }
  return null
}
