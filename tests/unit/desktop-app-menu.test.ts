import { describe, expect, test, vi } from 'vitest'
import { createBackend } from '../../electron/api/create-backend'
import { AppMenu } from '../../electron/desktop/app-menu'
import type { NativeMenuItem } from '../../electron/desktop/native-menu'
import { SHELL_COMMAND_CHANNEL } from '../../shared/shell/shell-bridge'
import { value } from './fixtures/api'
import { createTempDirs, sampleDir } from './fixtures/data-dir'

const tempDir = createTempDirs()

/** Stand-ins for Electron's window and dialog: they record what the menu asks of them. */
function fakeElectron() {
  const sent: unknown[] = []
  const menus: NativeMenuItem[][] = []
  const themes: string[] = []
  const window = {
    isDestroyed: () => false,
    webContents: { send: (channel: string, command: unknown) => sent.push([channel, command]) },
  }
  const dialog = {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showMessageBox: async () => ({}),
  }
  return {
    sent,
    menus,
    themes,
    electron: {
      window,
      dialog,
      setMenu: (template: NativeMenuItem[]) => menus.push(template),
      setThemeSource: (theme: string) => themes.push(theme),
    },
  }
}

const item = (template: NativeMenuItem[] | undefined, ...path: string[]) => {
  let items = template ?? []
  let found: NativeMenuItem | undefined
  for (const label of path) {
    found = items.find((i) => i.label === label)
    items = found?.submenu ?? []
  }
  return found
}

describe('the desktop app menu over a real backend', () => {
  test('is in the stored language, and rebuilt in English after the language changes', async () => {
    const opened = await createBackend({ dataDir: await tempDir(), sampleDir })
    const fake = fakeElectron()
    const menu = new AppMenu(opened.backend, fake.electron)
    try {
      await menu.rebuild()
      expect(fake.menus.at(-1)?.map((m) => m.label)).toEqual(['ملف', 'تحرير', 'عرض', 'مساعدة'])
      expect(fake.themes).toEqual(['system'])

      await value(opened.backend, 'settings.update', { language: 'en', theme: 'dark' })
      menu.afterCall('settings.update')
      await vi.waitFor(() =>
        expect(fake.menus.at(-1)?.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']),
      )
      expect(fake.themes.at(-1)).toBe('dark')
      expect(item(fake.menus.at(-1), 'View', 'Theme', 'Dark')).toMatchObject({ checked: true })

      item(fake.menus.at(-1), 'File', 'New article')?.click?.()
      expect(fake.sent).toEqual([[SHELL_COMMAND_CHANNEL, { command: 'new-article' }]])
    } finally {
      await opened.close()
    }
  })

  test("follows the page's report and lists recent articles with their current titles", async () => {
    const opened = await createBackend({ dataDir: await tempDir(), sampleDir })
    const fake = fakeElectron()
    const menu = new AppMenu(opened.backend, fake.electron)
    try {
      menu.onReport({ articleOpen: false, unsaved: [] })
      await value(opened.backend, 'recent.opened', { id: 'sample-water' })
      await menu.rebuild()
      const latest = fake.menus.at(-1)
      expect(item(latest, 'ملف', 'حفظ')).toMatchObject({ enabled: false })
      expect(item(latest, 'ملف', 'فتح مقال حديث')?.submenu?.[0]?.label).toBe(
        'العراق وسوريا في مواجهة موسم جفاف جديد',
      )
      menu.onReport({ articleOpen: true, unsaved: ['مسودة'] })
      expect(menu.unsaved).toEqual(['مسودة'])
      await vi.waitFor(() => expect(item(fake.menus.at(-1), 'ملف', 'حفظ')?.enabled).toBe(true))
    } finally {
      await opened.close()
    }
  })
})
