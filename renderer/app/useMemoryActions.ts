import type { PretranslateFill } from '../../src/tm/pretranslate.js';
import type { Analysis } from '../../src/tm/analysis.js';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackendError, type Backend } from '../platform/index.js';
import { download } from '../platform/download.js';
import type { MemoryAnalysis } from '../store/memoryAnalysis.js';
import type { ProjectStore } from '../store/projectStore.js';
import type { TrackProgress } from './useProgress.js';

export type MemoryDialog =
  | { readonly kind: 'languages'; readonly file: File; readonly languages: readonly string[] }
  | { readonly kind: 'clear' }
  | { readonly kind: 'pretranslate'; readonly fills: ReadonlyMap<string, PretranslateFill>; readonly untranslated: number; readonly analysis: Analysis }
  | null;

/** What the Memory menu and tab do: import into the user's memory, pre-translate, XLIFF and TMX out, XLIFF back in. */
export function useMemoryActions(options: {
  readonly backend: Backend;
  readonly store: ProjectStore;
  readonly memory: MemoryAnalysis;
  readonly reloadMemory: () => Promise<void>;
  readonly notify: (kind: 'info' | 'error', text: string) => void;
  readonly fail: (error: unknown) => void;
  /** Shows long work (reading and indexing a memory, planning pre-translation) as it runs. */
  readonly track: TrackProgress;
}) {
  const { backend, store, memory, reloadMemory, notify, fail, track } = options;
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<MemoryDialog>(null);
  const tmxInput = useRef<HTMLInputElement>(null);
  const xliffInput = useRef<HTMLInputElement>(null);

  const importMemory = useCallback(
    async (file: File, pair: { sourceLang?: string; targetLang?: string } = {}) => {
      try {
        const s = await track(t('progress.reading', { name: file.name }), async (report) => {
          const summary = await backend.invoke('tm.importFile', { fileName: file.name, data: new Uint8Array(await file.arrayBuffer()), ...pair });
          setDialog(null);
          report(t('progress.memoryIndexing'));
          await reloadMemory();
          return summary;
        });
        notify('info', t('memory.imported', { name: file.name, added: s.added, duplicates: s.duplicates, skipped: s.skipped, source: s.sourceLang, target: s.targetLang, total: s.total }));
      } catch (error) {
        if (error instanceof BackendError && error.code === 'tmx.noPair') {
          const languages = String(error.params['languages'] ?? '').split(', ').filter(Boolean);
          setDialog({ kind: 'languages', file, languages });
          return;
        }
        fail(error);
      }
    },
    [backend, reloadMemory, notify, fail, t, track],
  );

  /**
   * Analyses the project against the memories and plans pre-translation, then asks before filling: the
   * dialog shows the match bands (as memoQ and Trados analyse a file) and how many paragraphs would be filled.
   */
  const pretranslate = useCallback(() => {
    void track(t('progress.pretranslating'), async () => {
      const plan = memory.planPretranslation();
      setDialog({ kind: 'pretranslate', fills: plan.fills, untranslated: plan.untranslated, analysis: memory.analysis() });
    });
  }, [memory, t, track]);

  const applyPretranslation = useCallback(
    (fills: ReadonlyMap<string, PretranslateFill>, untranslated: number) => {
      const filled = store.fillFromMemory(fills);
      setDialog(null);
      notify('info', t('memory.pretranslated', { filled, untranslated }));
    },
    [store, notify, t],
  );

  const exportXliff = useCallback(async () => {
    try {
      const { fileName, data } = await backend.invoke('xliff.export', { file: store.toFile() });
      download(fileName, data, 'application/xliff+xml');
    } catch (error) {
      fail(error);
    }
  }, [backend, store, fail]);

  const exportTmx = useCallback(
    async (which: 'project' | 'user') => {
      try {
        const { fileName, data, count } = await backend.invoke('tm.exportTmx', { file: which === 'project' ? store.toFile() : null });
        download(fileName, data, 'application/x-tmx+xml');
        notify('info', t('memory.exported', { name: fileName, count }));
      } catch (error) {
        fail(error);
      }
    },
    [backend, store, notify, fail, t],
  );

  /** Merges a translated XLIFF into the open project; nothing is saved until the translator saves. */
  const mergeXliff = useCallback(
    async (file: File) => {
      try {
        const data = new Uint8Array(await file.arrayBuffer());
        const { file: merged, summary } = await backend.invoke('xliff.merge', { file: store.toFile(), fileName: file.name, data });
        store.merge(merged);
        notify('info', t('memory.merged', { name: file.name, updated: summary.updated, unchanged: summary.unchanged, notes: summary.notes, locked: summary.locked }));
      } catch (error) {
        fail(error);
      }
    },
    [backend, store, notify, fail, t],
  );

  const clearMemory = useCallback(async () => {
    try {
      await backend.invoke('tm.clear', {});
      setDialog(null);
      await reloadMemory();
      notify('info', t('memory.cleared'));
    } catch (error) {
      fail(error);
    }
  }, [backend, reloadMemory, notify, fail, t]);

  return { dialog, setDialog, tmxInput, xliffInput, importMemory, pretranslate, applyPretranslation, exportXliff, exportTmx, mergeXliff, clearMemory };
}

export type MemoryActions = ReturnType<typeof useMemoryActions>;
