import { useEffect, useId, useState } from 'react'
import { MIDAD_VERSION } from '../../shared/app-version'
import { send } from '../api/send'
import { useModal } from '../comments/use-modal'
import { useI18n } from '../i18n/i18n'

/** Help › About Midad: the version, the data folder in use, and the licences of what ships. */
export function AboutDialog({ onClosed }: { onClosed: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useModal()
  const [dataDir, setDataDir] = useState<string | null>(null)
  useEffect(() => {
    send('store.status', {}).then(
      (status) => setDataDir(status.dataDir),
      () => setDataDir(null),
    )
  }, [])
  return (
    <dialog
      ref={dialog}
      className="shell-dialog about-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClosed}
    >
      <h2 id={`${id}-title`}>{t('shell.aboutTitle')}</h2>
      <p className="about-name" lang="ar">
        مِداد · Midad
      </p>
      <p>{t('shell.aboutTagline')}</p>
      <p>
        {t('shell.version')}
        <bdi dir="ltr">{MIDAD_VERSION}</bdi>
      </p>
      {dataDir && (
        <p className="about-data-dir">
          {t('shell.dataDir')}
          <bdi dir="ltr">{dataDir}</bdi>
        </p>
      )}
      <p className="muted">{t('shell.license')}</p>
      <p className="muted">{t('shell.dictionaryCredit')}</p>
      <form method="dialog" className="actions">
        <button className="button primary" type="submit">
          {t('shell.close')}
        </button>
      </form>
    </dialog>
  )
}
