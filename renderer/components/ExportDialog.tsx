import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PRINT_OPTIONS, PAPER_SIZES, PRINT_LAYOUTS, type PrintOptions } from '../../src/export/printHtml.js';
import type { PreflightTarget } from '../../src/export/preflight/preflightItem.js';
import { printLabels } from '../../src/export/printLabels.js';
import { reviewLabels } from '../../src/export/review/reviewLabels.js';
import { renderPdfPages } from '../export/renderPdfPages.js';
import { BackendError, type Backend } from '../platform/index.js';
import { download } from '../platform/download.js';
import type { ProjectStore } from '../store/projectStore.js';
import { Modal } from './Modal.js';

const TRANSLATOR_KEY = 'duizhao.translator';
const OPTIONS_KEY = 'duizhao.printOptions';

/** What the dialog exports: the typeset PDF, the bilingual Word file, or the review table. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'review'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const TARGET: Record<ExportFormat, PreflightTarget> = { pdf: 'pdf', docx: 'docx', review: 'reviewDocx' };

function savedOptions(): PrintOptions {
  try {
    return { ...DEFAULT_PRINT_OPTIONS, ...(JSON.parse(localStorage.getItem(OPTIONS_KEY) ?? '{}') as Partial<PrintOptions>) };
  } catch {
    return DEFAULT_PRINT_OPTIONS;
  }
}

/**
 * File › Export: the bilingual PDF, the bilingual Word file or the review table; layout, paper, what
 * to include; a preview of the PDF's real first pages; the preflight (`checkFirst`) before the export
 * itself, which shows its stage and a Cancel button. The file is offered as a download.
 */
export function ExportDialog(props: {
  readonly backend: Backend;
  readonly store: ProjectStore;
  readonly initialFormat?: ExportFormat;
  readonly checkFirst: (target: PreflightTarget, proceed: () => void) => Promise<void>;
  /** The preflight is running. */
  readonly checking?: boolean;
  readonly onClose: () => void;
  readonly onError: (error: unknown) => void;
  readonly onDone: (name: string) => void;
}): ReactNode {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>(props.initialFormat ?? 'pdf');
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

  /** The Word files: no preview, no stages; the preflight has run. */
  const runDocx = async (kind: 'edition' | 'review'): Promise<void> => {
    localStorage.setItem(TRANSLATOR_KEY, translator);
    setBusy('export');
    try {
      const label = (key: string): string => t(key);
      const result = await props.backend.invoke('export.docx', { file: props.store.toFile(), kind, options, translator, labels: printLabels(label), reviewLabels: reviewLabels(label) });
      download(result.fileName, result.data, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      props.onDone(result.fileName);
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(null);
    }
  };

  const exportChosen = (): void => {
    void props.checkFirst(TARGET[format], () => void (format === 'pdf' ? run('export') : runDocx(format === 'docx' ? 'edition' : 'review')));
  };

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
    <Modal title={format === 'pdf' ? t('export.title') : t(`deliver.titles.${format}`)} onCancel={busy ? cancel : props.onClose}>
      <div className="export-layout">
        <form className="export-form" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t('deliver.format')}</legend>
            {EXPORT_FORMATS.map((f) => (
              <label key={f} className="choice">
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {t(`deliver.formats.${f}`)}
              </label>
            ))}
          </fieldset>
          <fieldset disabled={format === 'review'}>
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
          <label className="choice">
            <input type="checkbox" checked={options.normalizePunctuation} disabled={format === 'review'} onChange={(e) => set('normalizePunctuation', e.target.checked)} /> {t('deliver.normalizePunctuation')}
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
      {props.checking && !busy && (
        <p role="status" className="export-stage">
          {t('preflight.checking')}
        </p>
      )}
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
            {format === 'pdf' && (
              <button type="button" onClick={() => void run('preview')}>
                {t('export.preview')}
              </button>
            )}
            <button type="button" className="primary" disabled={props.checking} onClick={exportChosen}>
              {format === 'pdf' ? t('export.export') : format === 'docx' ? t('deliver.exportDocx') : t('deliver.exportReview')}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
