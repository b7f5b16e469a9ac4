import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import {
  attachEditContextMenu,
  type EditMenuItem,
  type EditMenuParams,
  editMenuTemplate,
} from '../../electron/desktop/edit-context-menu'

const flags = (on: Partial<EditMenuParams['editFlags']> = {}) => ({
  canCut: false,
  canCopy: false,
  canPaste: false,
  canSelectAll: false,
  ...on,
})
const field = (on: Partial<EditMenuParams['editFlags']>, selectionText = ''): EditMenuParams => ({
  isEditable: true,
  editFlags: flags(on),
  selectionText,
})

describe('editMenuTemplate', () => {
  it('offers cut, copy, paste and select all in a text field, in Arabic', () => {
    const menu = editMenuTemplate(
      field({ canCut: true, canCopy: true, canPaste: true, canSelectAll: true }, 'نص'),
      'ar',
    )
    expect(menu).toEqual([
      { role: 'cut', label: 'قص', enabled: true },
      { role: 'copy', label: 'نسخ', enabled: true },
      { role: 'paste', label: 'لصق', enabled: true },
      { type: 'separator' },
      { role: 'selectAll', label: 'تحديد الكل', enabled: true },
    ])
  })

  it('greys out what cannot act (nothing selected: only paste and select all), in English', () => {
    const menu = editMenuTemplate(field({ canPaste: true, canSelectAll: true }), 'en')
    expect(menu.map((item) => ('role' in item ? [item.label, item.enabled] : '—'))).toEqual([
      ['Cut', false],
      ['Copy', false],
      ['Paste', true],
      '—',
      ['Select All', true],
    ])
  })

  it('offers Copy alone for text selected outside a field', () => {
    const params = { isEditable: false, editFlags: flags({ canCopy: true }), selectionText: 'abc' }
    expect(editMenuTemplate(params, 'ar')).toEqual([{ role: 'copy', label: 'نسخ', enabled: true }])
  })

  it('shows no menu where nothing applies', () => {
    const page = { isEditable: false, editFlags: flags({ canSelectAll: true }), selectionText: '' }
    expect(editMenuTemplate(page, 'en')).toEqual([])
    const blank = { ...page, selectionText: '  \n', editFlags: flags({ canCopy: true }) }
    expect(editMenuTemplate(blank, 'en')).toEqual([])
    expect(editMenuTemplate(field({}), 'ar')).toEqual([])
  })
})

describe('attachEditContextMenu', () => {
  const click = async (contents: EventEmitter, params: EditMenuParams) => {
    contents.emit('context-menu', { preventDefault() {} }, params)
    await new Promise((resolve) => setImmediate(resolve))
  }

  it('pops the menu up on right-click, in the language of the moment', async () => {
    const contents = new EventEmitter()
    const shown: EditMenuItem[][] = []
    let lang: 'ar' | 'en' = 'ar'
    attachEditContextMenu(
      contents,
      (t) => shown.push(t),
      () => lang,
    )
    await click(contents, field({ canPaste: true }))
    lang = 'en'
    await click(contents, field({ canPaste: true }))
    expect(shown.map((t) => t.find((i) => 'role' in i && i.role === 'paste'))).toEqual([
      { role: 'paste', label: 'لصق', enabled: true },
      { role: 'paste', label: 'Paste', enabled: true },
    ])
  })

  it('shows nothing where nothing applies, falls back to Arabic, and can be detached', async () => {
    const contents = new EventEmitter()
    const shown: EditMenuItem[][] = []
    const detach = attachEditContextMenu(
      contents,
      (t) => shown.push(t),
      async () => {
        throw new Error('settings unreadable')
      },
    )
    await click(contents, { isEditable: false, editFlags: flags(), selectionText: '' })
    expect(shown).toEqual([])
    await click(contents, field({ canSelectAll: true }))
    expect(shown[0]?.at(-1)).toEqual({ role: 'selectAll', label: 'تحديد الكل', enabled: true })
    detach()
    expect(contents.listenerCount('context-menu')).toBe(0)
  })
})
