import type { ProjectStore } from '../store/projectStore.js';

/** The next unit after `fromId` (wrapping round) that is neither excluded nor translated; null when all are done. */
export function nextUntranslated(store: ProjectStore, fromId: string): string | null {
  const units = store.units;
  const start = store.indexOf(fromId);
  for (let step = 1; step <= units.length; step++) {
    const unit = units[(start + step) % units.length];
    if (unit && !unit.attrs.excluded && (unit.attrs.status === 'untranslated' || unit.attrs.status === 'draft')) return unit.attrs.id;
  }
  return null;
}

/** The nearest unit before or after `fromId` that is not excluded; null at either end. */
export function neighbour(store: ProjectStore, fromId: string, delta: -1 | 1): string | null {
  const units = store.units;
  for (let i = store.indexOf(fromId) + delta; i >= 0 && i < units.length; i += delta) {
    const unit = units[i];
    if (unit && !unit.attrs.excluded) return unit.attrs.id;
  }
  return null;
}
