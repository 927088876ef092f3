import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Response } from '../../src/api/contract.js';
import type { PreflightTarget } from '../../src/export/preflight/preflightItem.js';
import type { Backend } from '../platform/index.js';
import type { ProjectStore } from '../store/projectStore.js';

/** A preflight with items, waiting for the translator: export anyway (`proceed`) or stop. */
export interface PendingPreflight {
  readonly target: PreflightTarget;
  readonly result: Response<'export.preflight'>;
  readonly proceed: () => void;
}

/**
 * The preflight before every export, and the review table's merge. `checkFirst` runs the preflight
 * in the back end (the same checks as the command line's) and calls `proceed` at once when there is
 * nothing to report; otherwise the preflight dialog shows the list.
 */
export function useDeliverActions(options: {
  readonly backend: Backend;
  readonly store: ProjectStore;
  readonly notify: (kind: 'info' | 'error', text: string) => void;
  readonly fail: (error: unknown) => void;
  /** The name tracked changes are credited to when the Word file names no one (the review mode's reviewer). */
  readonly reviewer: () => string;
}) {
  const { backend, store, notify, fail, reviewer } = options;
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingPreflight | null>(null);
  const [checking, setChecking] = useState(false);
  const reviewInput = useRef<HTMLInputElement>(null);

  const checkFirst = useCallback(
    async (target: PreflightTarget, proceed: () => void) => {
      setChecking(true);
      try {
        const result = await backend.invoke('export.preflight', { file: store.toFile(), target });
        if (result.items.length === 0) proceed();
        else setPending({ target, result, proceed });
      } catch (error) {
        fail(error);
      } finally {
        setChecking(false);
      }
    },
    [backend, store, fail],
  );

  /** Merges a review table edited in Word into the open project; nothing is saved until the translator saves. */
  const mergeReview = useCallback(
    async (file: File) => {
      try {
        const data = new Uint8Array(await file.arrayBuffer());
        const { file: merged, summary } = await backend.invoke('review.merge', { file: store.toFile(), fileName: file.name, data, conflictNote: t('deliver.review.conflict', { english: '{{english}}', interpolation: { escapeValue: false } }), reviewer: reviewer() });
        store.merge(merged);
        notify('info', t('deliver.merged', { name: file.name, ...summary }));
        if (summary.tracked) notify('info', t('review.mergedTracked', { count: summary.tracked }));
        if (summary.locked) notify('info', t('review.mergedLocked', { count: summary.locked }));
      } catch (error) {
        fail(error);
      }
    },
    [backend, store, notify, fail, t, reviewer],
  );

  return { pending, checking, checkFirst, close: () => setPending(null), reviewInput, mergeReview };
}

export type DeliverActions = ReturnType<typeof useDeliverActions>;
