import type { RuleMatch } from '../../shared/comments/rules-schema'
import type { I18n } from '../i18n/i18n'
import { showBidiControls } from './inert-text'

/**
 * The rule that held or spammed a comment, in words: "Held: the word «غبي» (matched «غـبـيـيـي»)".
 * The matched text is the reader's, so bidi controls in it are shown, not obeyed.
 */
export function ruleMatchText({ t }: I18n, match: RuleMatch): string {
  const verb = t(match.rule === 'spam-words' ? 'comments.rule.spammed' : 'comments.rule.held')
  if (match.rule === 'max-links')
    return t('comments.rule.maxLinks', { verb, links: match.links ?? 0 })
  if (match.rule === 'first-time') return t('comments.rule.firstTime', { verb })
  const where = match.field && match.field !== 'body' ? t(`comments.rule.in.${match.field}`) : ''
  const word = showBidiControls(match.word ?? '')
  return match.text && match.text !== match.word
    ? t('comments.rule.word', { verb, word, text: showBidiControls(match.text), where })
    : t('comments.rule.wordOnly', { verb, word, where })
}
