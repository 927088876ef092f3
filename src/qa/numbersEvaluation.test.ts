import { describe, expect, it } from 'vitest';
import { createNumberModels } from './numberModels.js';
import { eval2024Set, evaluateNumbers, gr2021Set, MUTATION_KINDS } from '../../test/numbersEvaluation.js';

const models = createNumberModels();

describe('the numbers check on parallel sets', () => {
  it('GR2021 (tuning set): no error on the official English, at most 3% of units flagged, at least 97% of mutations caught', () => {
    const e = evaluateNumbers(gr2021Set(), models);
    expect(e.units).toBe(654);
    expect(e.errors).toBe(0);
    expect(e.flagged / e.units).toBeLessThanOrEqual(0.03);
    expect(e.mutated).toBeGreaterThan(150);
    expect(e.caught / e.mutated, e.missed.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.97);
    // Every kind of mutation occurs, conversions and near-miss years among them.
    for (const kind of MUTATION_KINDS) expect(e.byKind[kind].mutated, kind).toBeGreaterThan(0);
  }, 120_000);

  it('EVAL2024 (not tuned on): the same bounds', () => {
    const e = evaluateNumbers(eval2024Set(), models);
    expect(e.units).toBe(233);
    expect(e.errors).toBe(0);
    expect(e.flagged / e.units).toBeLessThanOrEqual(0.03);
    expect(e.mutated).toBeGreaterThan(300);
    expect(e.caught / e.mutated, e.missed.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(e.byKind.conversion.mutated + e.byKind.unconverted.mutated).toBeGreaterThan(40);
  }, 120_000);
});
