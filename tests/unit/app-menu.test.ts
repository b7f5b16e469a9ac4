import { describe, expect, test } from 'vitest'
import { nativeMenuTemplate } from '../../electron/desktop/native-menu'
import { menuLabels } from '../../shared/shell/menu-labels'
import { appMenu, type MenuEntry, type MenuState } from '../../shared/shell/menu-model'
import type { ShellCommand } from '../../shared/shell/shell-commands'

const base: MenuState = {
  lang: 'ar',
  host: 'desktop',
  platform: 'linux',
  theme: 'system',
  spellcheck: 'auto',
  recent: [],
  articleOpen: true,
  readOnly: false,
}

/** The item reached by following labels through submenus. */
function find(entries: readonly MenuEntry[], ...path: string[]): MenuEntry | undefined {
  const [head, ...rest] = path
  const entry = entries.find((e) => 'label' in e && e.label === head)
  if (!rest.length || !entry) return entry
  return entry.kind === 'submenu' ? find(entry.items, ...rest) : undefined
}
const labels = (entries: readonly MenuEntry[]) =>
  entries.map((e) => (e.kind === 'separator' ? '—' : e.label))

describe('the application menu', () => {
  test('in Arabic: File, Edit, View and Help with what the issue lists, in the UI language', () => {
    const menu = appMenu(base)
    expect(labels(menu)).toEqual(['ملف', 'تحرير', 'عرض', 'مساعدة'])
    const file = find(menu, 'ملف')
    expect(file?.kind === 'submenu' && labels(file.items)).toEqual([
      'مقال جديد',
      'فتح مقال حديث',
      '—',
      'حفظ',
      'استيراد…',
      'تصدير HTML',
      'تصدير الموقع…',
      '—',
      'إنهاء مداد',
    ])
    const edit = find(menu, 'تحرير')
    const roles = edit?.kind === 'submenu' ? edit.items.filter((e) => e.kind === 'role') : []
    expect(roles.map((e) => e.kind === 'role' && e.role)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'selectAll',
    ])
    const view = find(menu, 'عرض')
    expect(view?.kind === 'submenu' && labels(view.items)).toEqual([
      'الحجم الفعلي',
      'تكبير',
      'تصغير',
      '—',
      'ملء الشاشة',
      '—',
      'المظهر',
    ])
    expect(find(menu, 'عرض', 'المظهر', 'النظام')).toMatchObject({ checked: true })
    const help = find(menu, 'مساعدة')
    expect(help?.kind === 'submenu' && labels(help.items)).toEqual([
      'اختصارات لوحة المفاتيح',
      'عن مداد',
    ])
  })

  test('is rebuilt in English from the same description when the language changes', () => {
    const english = appMenu({ ...base, lang: 'en' })
    expect(labels(english)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(find(english, 'File', 'Quit Midad')).toMatchObject({ kind: 'role', role: 'quit' })
    expect(find(english, 'View', 'Theme', 'Dark')).toMatchObject({
      command: { command: 'theme', theme: 'dark' },
      checked: false,
    })
    // Every label has both languages, and the Arabic ones are Arabic.
    for (const [key, word] of Object.entries(menuLabels('ar'))) {
      expect(word, key).toMatch(/[\u0600-\u06FF]/)
      expect(menuLabels('en')[key as keyof ReturnType<typeof menuLabels>]).toMatch(/\w/)
    }
  })

  test('lists recent articles as Open recent commands, and says when there are none', () => {
    const recent = [
      { id: 'sample-water', title: 'العراق وسوريا في مواجهة موسم جفاف جديد' },
      { id: 'draft-1', title: '   ' },
    ]
    const menu = appMenu({ ...base, recent })
    const items = find(menu, 'ملف', 'فتح مقال حديث')
    expect(items?.kind === 'submenu' && labels(items.items)).toEqual([
      'العراق وسوريا في مواجهة موسم جفاف جديد',
      'بلا عنوان',
      '—',
      'مسح القائمة',
    ])
    expect(find(menu, 'ملف', 'فتح مقال حديث', 'بلا عنوان')).toMatchObject({
      command: { command: 'open-article', id: 'draft-1' },
    })
    expect(find(appMenu(base), 'ملف', 'فتح مقال حديث', 'لا مقالات حديثة')).toMatchObject({
      enabled: false,
    })
  })

  test('disables what cannot be done: no article open, or a read-only window', () => {
    const none = appMenu({ ...base, articleOpen: false })
    for (const path of [
      ['ملف', 'حفظ'],
      ['ملف', 'تصدير HTML'],
      ['تحرير', 'بحث…'],
    ]) {
      expect(find(none, ...path), path.join(' › ')).toMatchObject({ enabled: false })
    }
    expect(find(none, 'ملف', 'مقال جديد')).toMatchObject({ enabled: true })
    const readOnly = appMenu({ ...base, readOnly: true })
    expect(find(readOnly, 'ملف', 'مقال جديد')).toMatchObject({ enabled: false })
    expect(find(readOnly, 'ملف', 'استيراد…')).toMatchObject({ enabled: false })
    expect(find(readOnly, 'ملف', 'تصدير الموقع…')).toMatchObject({ enabled: true })
  })

  test('browser mode leaves out what a page cannot do, and offers the browser spellcheck', () => {
    const menu = appMenu({ ...base, host: 'browser', lang: 'en' })
    const all = JSON.stringify(menu)
    expect(all).not.toContain('"kind":"role"')
    expect(find(menu, 'File', 'Quit Midad')).toBeUndefined()
    expect(find(menu, 'View', 'Full screen')).toMatchObject({ command: { command: 'full-screen' } })
    expect(find(menu, 'Edit', 'Spelling', 'The browser’s spellcheck')).toMatchObject({
      checked: true,
    })
    // The desktop app has no browser spellcheck: "auto" is Midad's dictionary there.
    const desktop = appMenu({ ...base, lang: 'en' })
    expect(find(desktop, 'Edit', 'Spelling', 'The browser’s spellcheck')).toBeUndefined()
    expect(find(desktop, 'Edit', 'Spelling', 'Midad’s Arabic dictionary')).toMatchObject({
      checked: true,
    })
  })

  test('macOS gets the app menu with About and Quit, and a Window menu', () => {
    const menu = appMenu({ ...base, platform: 'darwin', lang: 'en' })
    expect(labels(menu)).toEqual(['Midad', 'File', 'Edit', 'View', 'Window', 'Help'])
    expect(find(menu, 'Midad', 'Quit Midad')).toMatchObject({ role: 'quit' })
    expect(find(menu, 'File', 'Quit Midad')).toBeUndefined()
  })
})

describe('the native menu template', () => {
  test('sends each command to the page, lets the main process handle Import…, never grabs keys', () => {
    const sent: ShellCommand[] = []
    let picked = 0
    const template = nativeMenuTemplate(
      appMenu({ ...base, lang: 'en', recent: [{ id: 'sample-water', title: 'Water' }] }),
      (command) => sent.push(command),
      { import: () => picked++ },
    )
    const item = (...path: string[]) => {
      let items = template
      let found: (typeof template)[number] | undefined
      for (const label of path) {
        found = items.find((i) => i.label === label)
        items = found?.submenu ?? []
      }
      return found
    }
    item('File', 'New article')?.click?.()
    item('File', 'Open recent', 'Water')?.click?.()
    item('View', 'Theme', 'Dark')?.click?.()
    item('File', 'Import…')?.click?.()
    expect(sent).toEqual([
      { command: 'new-article' },
      { command: 'open-article', id: 'sample-water' },
      { command: 'theme', theme: 'dark' },
    ])
    expect(picked).toBe(1)
    expect(item('File', 'New article')).toMatchObject({
      accelerator: 'CmdOrCtrl+N',
      registerAccelerator: false,
    })
    expect(item('View', 'Theme', 'System')).toMatchObject({ type: 'radio', checked: true })
    expect(item('Edit', 'Undo')).toEqual({ role: 'undo', label: 'Undo' })
    expect(item('View', 'Full screen')).toEqual({ role: 'togglefullscreen', label: 'Full screen' })
  })
})
