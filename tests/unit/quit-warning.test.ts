import { describe, expect, it } from 'vitest'
import { PublishJob } from '../../shared/publish/publish-job'
import { quitWarning } from '../../shared/shell/quit-warning'

const now = new Date('2026-11-24T12:00:00.000Z')

/** A real, schema-valid job (parsed), so the warning is tested on what `publish.jobs` returns. */
function job(over: Partial<PublishJob> = {}): PublishJob {
  return PublishJob.parse({
    id: 'job-1',
    articleId: 'a1',
    targetId: 't1',
    targetName: 'موقع الجريدة',
    action: 'publish',
    schedule: null,
    correction: null,
    state: 'queued',
    attempts: 0,
    runAt: now.toISOString(),
    error: null,
    result: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    by: 'Salma',
    ...over,
  })
}

const titles = (n: number) => Array.from({ length: n }, (_, i) => `Title ${i + 1}`)

describe('nothing to lose', () => {
  it('asks nothing when every article is saved and no job is pending', () => {
    const finished = (['done', 'failed', 'cancelled'] as const).map((state) => job({ state }))
    for (const lang of ['ar', 'en'] as const) {
      expect(quitWarning(lang, { unsaved: [], jobs: [], now })).toBeNull()
      expect(quitWarning(lang, { unsaved: [], jobs: finished, now })).toBeNull()
    }
  })
})

describe('unsaved edits', () => {
  it('names the article whose edits would be lost, in English', () => {
    const w = quitWarning('en', { unsaved: ['Budget vote'], jobs: [], now })
    expect(w).toEqual({
      message: 'Unsaved edits in 1 article will be lost.',
      detail: 'Unsaved edits (lost if you quit now):\n– Budget vote',
      quit: 'Quit Anyway',
      cancel: 'Keep Midad Open',
    })
  })

  it('names the article whose edits would be lost, in Arabic', () => {
    const w = quitWarning('ar', { unsaved: ['تصويت الموازنة'], jobs: [], now })
    expect(w).toEqual({
      message: 'مقال واحد لم تُحفظ تعديلاته، وستضيع التعديلات إن خرجت الآن.',
      detail: 'تعديلات غير محفوظة (تضيع إن خرجت الآن):\n– تصويت الموازنة',
      quit: 'الخروج على أي حال',
      cancel: 'إبقاء مداد مفتوحًا',
    })
  })

  it('uses the Arabic noun form of each count, in Arabic-Indic digits', () => {
    const message = (n: number) => quitWarning('ar', { unsaved: titles(n), jobs: [], now })?.message
    expect(message(2)).toMatch(/^مقالان لم تُحفظ تعديلاتهما،/)
    expect(message(3)).toMatch(/^٣ مقالات لم تُحفظ تعديلاتها،/)
    expect(message(10)).toMatch(/^١٠ مقالات /)
    expect(message(11)).toMatch(/^١١ مقالًا /)
    expect(message(99)).toMatch(/^٩٩ مقالًا /)
    expect(message(100)).toMatch(/^١٠٠ مقال /)
    expect(message(103)).toMatch(/^١٠٣ مقالات /)
  })

  it('lists five titles, then says how many more, in both languages', () => {
    const en = quitWarning('en', { unsaved: titles(7), jobs: [], now })
    expect(en?.message).toBe('Unsaved edits in 7 articles will be lost.')
    expect(en?.detail.split('\n').slice(1)).toEqual([
      '– Title 1',
      '– Title 2',
      '– Title 3',
      '– Title 4',
      '– Title 5',
      '– and 2 more articles',
    ])
    const more = (n: number) =>
      quitWarning('ar', { unsaved: titles(5 + n), jobs: [], now })
        ?.detail.split('\n')
        .at(-1)
    expect(more(1)).toBe('– ومقال آخر')
    expect(more(2)).toBe('– ومقالان آخران')
    expect(more(3)).toBe('– و٣ مقالات أخرى')
    expect(more(11)).toBe('– و١١ مقالًا آخر')
    expect(quitWarning('en', { unsaved: titles(6), jobs: [], now })?.detail).toMatch(
      /– and 1 more article$/,
    )
    expect(quitWarning('en', { unsaved: titles(5), jobs: [], now })?.detail).not.toMatch(/more/)
  })

  it('calls an empty title Untitled / بلا عنوان', () => {
    expect(quitWarning('en', { unsaved: ['', ' \n'], jobs: [], now })?.detail).toBe(
      'Unsaved edits (lost if you quit now):\n– Untitled\n– Untitled',
    )
    expect(quitWarning('ar', { unsaved: [''], jobs: [], now })?.detail).toMatch(/\n– بلا عنوان$/)
  })

  it('keeps a hostile title from reordering the dialog or adding lines to it', () => {
    const hostile = 'خبر\u202E\u2066 عاجل\u2069\u200F\n\nNothing will be lost.\r\u2028Quit safely'
    for (const lang of ['ar', 'en'] as const) {
      const w = quitWarning(lang, { unsaved: [hostile], jobs: [], now })
      const detail = w?.detail ?? ''
      expect(detail).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\r\u2028\u2029]/)
      expect(detail.split('\n')).toHaveLength(2)
      expect(detail.split('\n')[1]).toBe('– خبر عاجل Nothing will be lost. Quit safely')
    }
  })
})

describe('publishing jobs', () => {
  it('counts queued, running and waiting jobs and names each target, in English', () => {
    const jobs = [
      job({ state: 'queued', targetName: 'Newsroom site' }),
      job({ state: 'running', targetName: 'Archive folder', action: 'unpublish' }),
      job({ state: 'waiting', targetName: 'Partner site', articleId: 'a2' }),
      job({ state: 'done', targetName: 'Old site' }),
    ]
    const w = quitWarning('en', { unsaved: [], jobs, now, titles: { a1: 'Budget vote' } })
    expect(w?.message).toBe('3 publishing jobs will not be sent until Midad is opened again.')
    expect(w?.detail).toBe(
      [
        'Not sent yet (they are sent when Midad is opened again):',
        '– Publish to Newsroom site: “Budget vote”',
        '– Unpublish from Archive folder: “Budget vote”',
        '– Publish to Partner site',
      ].join('\n'),
    )
  })

  it('counts and names the jobs in Arabic', () => {
    const w = quitWarning('ar', { unsaved: [], jobs: [job()], now, titles: { a1: 'الموازنة' } })
    expect(w?.message).toBe('مهمة نشر واحدة لن تُرسَل حتى يُفتح مداد من جديد.')
    expect(w?.detail).toBe(
      'لم يُرسل بعد (يُرسل عند فتح مداد من جديد):\n– النشر على موقع الجريدة: «الموازنة»',
    )
    const message = (n: number) =>
      quitWarning('ar', { unsaved: [], jobs: Array.from({ length: n }, () => job()), now })?.message
    expect(message(2)).toBe('مهمتا نشر لن تُرسَلا حتى يُفتح مداد من جديد.')
    expect(message(4)).toMatch(/^٤ مهام نشر لن تُرسَل /)
    expect(message(12)).toMatch(/^١٢ مهمة نشر لن تُرسَل /)
    expect(quitWarning('ar', { unsaved: [], jobs: Array(8).fill(job()), now })?.detail).toMatch(
      /\n– و٣ مهام أخرى$/,
    )
  })

  it('says a scheduled job will miss its time, and says nothing of a past schedule', () => {
    const jobs = [
      job({ schedule: '2026-11-25T06:30:00.000Z', targetName: 'Site folder' }),
      job({ schedule: '2026-11-24T11:00:00.000Z', targetName: 'WordPress' }),
    ]
    const en = quitWarning('en', { unsaved: [], jobs, now })
    expect(en?.detail.split('\n').slice(1)).toEqual([
      '– Publish to Site folder (scheduled for 2026-11-25 06:30 UTC: it will not go out at that time)',
      '– Publish to WordPress',
    ])
    const ar = quitWarning('ar', { unsaved: [], jobs, now })
    expect(ar?.detail.split('\n')[1]).toBe(
      '– النشر على Site folder (مجدول في ٢٠٢٦-١١-٢٥ ٠٦:٣٠ UTC، ولن يُنشر في موعده)',
    )
  })

  it('writes the scheduled time with the formatter it is given', () => {
    const jobs = [job({ schedule: '2026-11-25T06:30:00.000Z' })]
    const formatTime = (time: Date) => `[${time.getTime()}]`
    const w = quitWarning('en', { unsaved: [], jobs, now, formatTime })
    expect(w?.detail).toMatch(/\(scheduled for \[1795588200000\]: it will not/)
  })

  it('cleans a hostile target name and job title too', () => {
    const jobs = [job({ targetName: 'Site\u202E\nFake line' })]
    const w = quitWarning('en', { unsaved: [], jobs, now, titles: { a1: 'A\u2067\r\nB' } })
    expect(w?.detail.split('\n')).toEqual([
      'Not sent yet (they are sent when Midad is opened again):',
      '– Publish to Site Fake line: “A B”',
    ])
  })
})

describe('both', () => {
  it('says both what is lost and what waits, edits first, in both languages', () => {
    const state = { unsaved: ['One', 'Two'], jobs: [job()], now }
    const en = quitWarning('en', state)
    expect(en?.message).toBe(
      'Unsaved edits in 2 articles will be lost. 1 publishing job will not be sent until Midad is opened again.',
    )
    expect(en?.detail).toBe(
      'Unsaved edits (lost if you quit now):\n– One\n– Two\n\n' +
        'Not sent yet (they are sent when Midad is opened again):\n– Publish to موقع الجريدة',
    )
    const ar = quitWarning('ar', state)
    expect(ar?.message).toBe(
      'مقالان لم تُحفظ تعديلاتهما، وستضيع التعديلات إن خرجت الآن. مهمة نشر واحدة لن تُرسَل حتى يُفتح مداد من جديد.',
    )
    expect(ar?.detail.split('\n\n')).toHaveLength(2)
  })
})
