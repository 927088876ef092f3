import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PRINT_OPTIONS, PAPER_SIZES, PRINT_LAYOUTS, type PrintOptions } from '../../src/export/printHtml.js';
import { printLabels } from '../../src/export/printLabels.js';
import { renderPdfPages } from '../export/renderPdfPages.js';
import { BackendError, type Backend } from '../platform/index.js';
import { download } from '../platform/download.js';
import type { ProjectStore } from '../store/projectStore.js';
import { Modal } from './Modal.js';

const TRANSLATOR_KEY = 'duizhao.translator';
const OPTIONS_KEY = 'duizhao.printOptions';

function savedOptions(): PrintOptions {
  try {
    return { ...DEFAULT_PRINT_OPTIONS, ...(JSON.parse(localStorage.getItem(OPTIONS_KEY) ?? '{}') as Partial<PrintOptions>) };
  } catch {
    return DEFAULT_PRINT_OPTIONS;
  }
}

/**
 * File › Export › Bilingual PDF: layout, paper, what to include; a preview of the real first pages;
 * the export itself with its stage and a Cancel button. The PDF is offered as a download.
 */
export function ExportDialog(props: { readonly backend: Backend; readonly store: ProjectStore; readonly onClose: () => void; readonly onError: (error: unknown) => void; readonly onDone: (name: string) => void }): ReactNode {
  const { t } = useTranslation();
  const [options, setOptions] = useState<PrintOptions>(savedOptions);
  const [translator, setTranslator] = useState(() => localStorage.getItem(TRANSLATOR_KEY) ?? '');
  const [busy, setBusy] = useState<'preview' | 'export' | null>(null);
  const [stage, setStage] = useState<string | null>(null);
  const job = useRef<string | null>(null);
  const preview = useRef<HTMLDivElement>(null);
  const set = <K extends keyof PrintOptions>(key: K, value: PrintOptions[K]): void => setOptions((o) => ({ ...o, [key]: value }));

  useEffect(() => {
    localStorage.setItem(OPTIONS_KEY, JSON.stringify(options));
  }, [options]);

  // While a print runs, ask for its stage now and then.
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => {
      if (!job.current) return;
      props.backend
        .invoke('export.progress', { jobId: job.current })
        .then(({ stage: s }) => setStage(s))
        .catch(() => undefined);
    }, 400);
    return () => clearInterval(timer);
  }, [busy, props.backend]);

  const run = async (kind: 'preview' | 'export'): Promise<void> => {
    localStorage.setItem(TRANSLATOR_KEY, translator);
    const jobId = crypto.randomUUID();
    job.current = jobId;
    setBusy(kind);
    setStage('starting');
    try {
      const result = await props.backend.invoke('export.pdf', { jobId, file: props.store.toFile(), options, translator, labels: printLabels((key) => t(key)), preview: kind === 'preview' });
      if (kind === 'preview') {
        const canvases = await renderPdfPages(result.data, 2, 240);
        canvases.forEach((c, i) => c.setAttribute('aria-label', t('export.previewPage', { n: i + 1 })));
        preview.current?.replaceChildren(...canvases);
      } else {
        download(result.fileName, result.data, 'application/pdf');
        props.onDone(result.fileName);
      }
    } catch (error) {
      if (!(error instanceof BackendError && error.code === 'export.cancelled')) props.onError(error);
    } finally {
      job.current = null;
      setBusy(null);
      setStage(null);
    }
  };

  const cancel = (): void => {
    if (job.current) void props.backend.invoke('export.cancel', { jobId: job.current }).catch(() => undefined);
  };

  return (
    <Modal title={t('export.title')} onCancel={busy ? cancel : props.onClose}>
      <div className="export-layout">
        <form className="export-form" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t('export.layout')}</legend>
            {PRINT_LAYOUTS.map((l) => (
              <label key={l} className="choice">
                <input type="radio" name="layout" value={l} checked={options.layout === l} onChange={() => set('layout', l)} /> {t(`export.layouts.${l}`)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            {t('export.paper')}
            <select value={options.paper} onChange={(e) => set('paper', e.target.value as PrintOptions['paper'])}>
              {PAPER_SIZES.map((p) => (
                <option key={p} value={p}>
                  {t(`export.papers.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="choice">
            <input type="checkbox" checked={options.glossaryAppendix} onChange={(e) => set('glossaryAppendix', e.target.checked)} /> {t('export.glossaryAppendix')}
          </label>
          <label className="choice">
            <input type="checkbox" checked={options.notes} onChange={(e) => set('notes', e.target.checked)} /> {t('export.notes')}
          </label>
          <label className="field">
            {t('export.untranslated')}
            <select value={options.untranslated} onChange={(e) => set('untranslated', e.target.value as PrintOptions['untranslated'])}>
              <option value="chinese">{t('export.untranslatedChinese')}</option>
              <option value="omit">{t('export.untranslatedOmit')}</option>
            </select>
          </label>
          <label className="field">
            {t('export.translator')}
            <input value={translator} onChange={(e) => setTranslator(e.target.value)} />
          </label>
        </form>
        <div className="export-preview" ref={preview} aria-live="polite">
          <p className="muted">{t('export.previewHint')}</p>
        </div>
      </div>
      {busy && (
        <p role="status" className="export-stage">
          {t(`export.stages.${stage ?? 'starting'}`)}
        </p>
      )}
      <div className="modal-actions">
        {busy ? (
          <button type="button" onClick={cancel}>
            {t('export.cancel')}
          </button>
        ) : (
          <>
            <button type="button" onClick={props.onClose}>
              {t('dialog.close')}
            </button>
            <button type="button" onClick={() => void run('preview')}>
              {t('export.preview')}
            </button>
            <button type="button" className="primary" onClick={() => void run('export')}>
              {t('export.export')}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
