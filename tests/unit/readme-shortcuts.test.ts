import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { shortcutGroups } from '../../shared/shell/shortcuts'
import { repoRoot } from './fixtures/data-dir'

/** The README's keyboard-shortcut table, as [keys, where, what] rows. */
function readmeRows(): string[][] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const start = readme.indexOf('### Keyboard shortcuts')
  const section = readme.slice(start, readme.indexOf('\n#', start + 1))
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
}

test("the README's shortcut table lists exactly the shortcuts Help › Keyboard shortcuts shows", () => {
  const expected = shortcutGroups.flatMap((group) =>
    group.shortcuts.map((shortcut) => {
      const keys = shortcut.keys.includes('–')
        ? `\`${shortcut.keys[0]}\`–\`${shortcut.keys[2]}\``
        : `\`${shortcut.keys.join('+')}\``
      return [keys, group.en, shortcut.en]
    }),
  )
  expect(readmeRows()).toEqual(expected)
  // Each shortcut has both languages.
  for (const group of shortcutGroups)
    for (const shortcut of group.shortcuts) expect(shortcut.ar).toMatch(/[\u0600-\u06FF]/)
})
