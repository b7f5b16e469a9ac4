import mammoth from 'mammoth'
import { checkDocxZip } from './docx-zip'
import { htmlToArticle } from './html-to-doc'
import { ImportError } from './import-error'
import type { ImportedArticle } from './imported-article'

/**
 * Word's own styles that mammoth's default map leaves as plain paragraphs: the Title style is
 * the headline, quotations are quotes.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
]

/**
 * A Word document (`.docx`): mammoth turns it into HTML (headings from Word's heading styles,
 * lists, bold/italic/underline, links; pictures as embedded `data:` images with their alt
 * text), then html-to-doc sanitises it like any HTML. Files the document links to outside
 * itself are never read (mammoth's `externalFileAccess` stays off), and the ZIP is checked
 * first (see `checkDocxZip`). The title is the first Heading 1 or Title paragraph, else the
 * first paragraph if it reads like a headline.
 */
export async function docxToArticle(bytes: Buffer, name: string): Promise<ImportedArticle> {
  checkDocxZip(bytes, name)
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { styleMap: STYLE_MAP, externalFileAccess: false },
    )
    html = result.value
  } catch (error) {
    throw new ImportError(`${name} is not a readable Word document: ${(error as Error).message}`)
  }
  return htmlToArticle(html)
}
