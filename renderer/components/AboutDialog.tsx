import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../src/api/contract.js';
import type { DictionarySource } from '../../src/dictionary/dictionaryFormat.js';
import type { Backend } from '../platform/index.js';
import { Modal } from './Modal.js';

/** *About Duizhao*: the version, and the data the app ships with and under which licences (CC-CEDICT is CC BY-SA 4.0). */
export function AboutDialog({ backend, onClose }: { readonly backend: Backend; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [source, setSource] = useState<DictionarySource | null>(null);
  useEffect(() => {
    let live = true;
    void backend.invoke('app.info', {}).then((i) => live && setInfo(i), () => undefined);
    void backend.invoke('dictionary.info', {}).then((s) => live && setSource(s), () => undefined);
    return () => {
      live = false;
    };
  }, [backend]);
  return (
    <Modal title={t('about.title')} onCancel={onClose}>
      <p>
        {t('app.name')} — {t('app.tagline')}
        {info && <> · {t('about.version', { version: info.version })}</>}
      </p>
      <h3>{t('about.dictionary')}</h3>
      {source && <p className="about-licence">{t('about.dictionaryText', { date: source.date.slice(0, 10), entries: source.entries.toLocaleString(), licenseUrl: source.licenseUrl, package: source.package })}</p>}
      <p>{t('about.pinyin')}</p>
      <p>{t('about.fonts')}</p>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('about.close')}
        </button>
      </div>
    </Modal>
  );
}
