import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { onShellCommand } from '../shell/command-bus'
import { SiteExportDialog } from './site-export-dialog'
import { loadSiteForm, type SiteFormStart } from './site-form-values'
import { useSiteExportJob } from './use-site-export-job'

/**
 * The header's "Export site…" button and the dialog it opens. It stays enabled in a read-only
 * window: exporting only reads the data directory. The dialog opens once its suggested folder and
 * the site's settings are read, already filled in; focus returns to the button when it closes.
 */
export function SiteExportButton() {
  const { t } = useI18n()
  const [start, setStart] = useState<SiteFormStart | null>(null)
  const [opening, setOpening] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const exportJob = useSiteExportJob()

  const open = async () => {
    if (opening || start) return
    setOpening(true)
    const loaded = await loadSiteForm()
    setOpening(false)
    exportJob.reset()
    setStart(loaded)
  }

  const openRef = useRef(open)
  openRef.current = open
  // File › Export site… in the app menu.
  useEffect(() => onShellCommand('export-site', () => void openRef.current()), [])

  return (
    <>
      <button
        ref={button}
        className="button"
        type="button"
        title={t('exportSiteHint')}
        aria-haspopup="dialog"
        aria-busy={opening || undefined}
        onClick={() => void open()}
      >
        {t('exportSite')}
      </button>
      {start && (
        <SiteExportDialog
          start={start}
          exportJob={exportJob}
          onClosed={() => {
            setStart(null)
            button.current?.focus()
          }}
        />
      )}
    </>
  )
}
