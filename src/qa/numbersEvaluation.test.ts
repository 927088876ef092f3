import { describe, expect, it } from 'vitest';
import { eval2024Set, evaluateNumbers, gr2021Set, MUTATION_KINDS, type ParallelSet } from '../../test/numbersEvaluation.js';
import { createNumberModels } from './numberModels.js';

const models = createNumberModels();

const SETS: ReadonlyArray<readonly [string, () => ParallelSet, number]> = [
  ['GR2021, the tuning set', gr2021Set, 654],
  ['EVAL2024, not tuned on', eval2024Set, 233],
];

describe('the numbers check on parallel sets', () => {
  for (const [title, set, units] of SETS) {
    it(`${title}: no error on the reference English, at most 3% of units flagged, at least 97% of mutations caught`, () => {
      const e = evaluateNumbers(set(), models);
      expect(e.units).toBe(units);
      expect(e.errors).toBe(0);
      expect(e.flagged / e.units).toBeLessThanOrEqual(0.03);
      expect(e.mutated).toBeGreaterThan(150);
      expect(e.caught / e.mutated, e.missed.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.97);
      // Every kind of mutation occurs, conversions and near-miss years among them.
      for (const kind of MUTATION_KINDS) expect(e.byKind[kind].mutated, kind).toBeGreaterThan(0);
    }, 120_000);
  }
});
