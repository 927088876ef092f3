import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alignment } from '../../../src/align/alignment.js';
import { errorMessage } from '../../i18n/index.js';
import { BackendError, type Backend } from '../../platform/index.js';
import { Modal } from '../Modal.js';
import { AlignReview } from './AlignReview.js';
import './align.css';

interface Props {
  readonly backend: Backend;
  /** The open project's linked glossaries, whose terms serve as anchors. */
  readonly glossaries: readonly string[];
  readonly onClose: () => void;
  /** The pairs went into the user's memory (so the memory is read again). */
  readonly onSaved: (message: string) => void;
  readonly notify: (kind: 'info' | 'error', text: string) => void;
}

/** What the readers take (a .doc is offered too, so that it gets the refusal that says how to convert it). */
const ACCEPT = '.txt,.text,.html,.htm,.xhtml,.shtml,.docx,.doc,.pdf,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * *Align documents…*: the two files are chosen here, aligned by the back end, then reviewed in a
 * view of their own (AlignReview) before the pairs go into the memory or a TMX file.
 */
export function AlignDialog({ backend, glossaries, onClose, onSaved, notify }: Props): ReactNode {
  const { t } = useTranslation();
  const [zh, setZh] = useState<File | null>(null);
  const [en, setEn] = useState<File | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [alignment, setAlignment] = useState<Alignment | null>(null);

  if (alignment) return <AlignReview backend={backend} initial={alignment} onClose={onClose} onSaved={onSaved} notify={notify} />;

  const run = async (): Promise<void> => {
    if (!zh || !en) return;
    setRunning(true);
    setError(null);
    try {
      const [zhData, enData] = await Promise.all([zh.arrayBuffer(), en.arrayBuffer()]);
      const result = await backend.invoke('align.run', {
        zh: { fileName: zh.name, data: new Uint8Array(zhData) },
        en: { fileName: en.name, data: new Uint8Array(enData) },
        glossaries: [...glossaries],
      });
      setAlignment(result.alignment);
    } catch (e) {
      if (!(e instanceof BackendError)) setError(t('errors.internal', { detail: String(e) }));
      else {
        const message = errorMessage(e);
        const side = e.params['side'];
        // Import refusals do not say which file they are about; the dialog does.
        setError(side && !e.code.startsWith('align.') ? `${t(side === 'zh' ? 'align.sideZh' : 'align.sideEn')}: ${message}` : message);
      }
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal title={t('align.title')} onCancel={onClose}>
      <p>{t('align.intro')}</p>
      <div className="align-files">
        <label className="field">
          <span>{t('align.chineseFile')}</span>
          <input type="file" accept={ACCEPT} onChange={(e) => setZh(e.target.files?.[0] ?? null)} disabled={running} />
        </label>
        <label className="field">
          <span>{t('align.englishFile')}</span>
          <input type="file" accept={ACCEPT} onChange={(e) => setEn(e.target.files?.[0] ?? null)} disabled={running} />
        </label>
      </div>
      {error && (
        <p role="alert" className="align-error">
          {error}
        </p>
      )}
      {running && <p role="status">{t('align.running')}</p>}
      <div className="modal-actions">
        <button type="button" className="primary" disabled={!zh || !en || running} onClick={() => void run()}>
          {t('align.run')}
        </button>
        <button type="button" onClick={onClose}>
          {t('align.cancel')}
        </button>
      </div>
    </Modal>
  );
}
