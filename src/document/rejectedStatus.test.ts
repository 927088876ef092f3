import { describe, expect, it } from 'vitest';
import { filterUnits } from '../filters/unitFilter.js';
import { documentProgress } from './progress.js';
import { schema } from './schema.js';
import { UNIT_STATUSES, type UnitStatus } from './unitAttrs.js';

const unit = (id: string, status: UnitStatus) =>
  schema.nodes.unit.create({ id, status }, [schema.nodes.source.create(null, schema.text('经济增长。')), schema.nodes.target.create(null, schema.text('The economy grew.'))]);

describe('the Rejected status', () => {
  it('is a status of its own that counts as not done, and the filter finds it', () => {
    expect(UNIT_STATUSES).toContain('rejected');
    const doc = schema.nodes.doc.create(null, [unit('u1', 'translated'), unit('u2', 'rejected'), unit('u3', 'reviewed')]);
    expect(documentProgress(doc)).toMatchObject({ unitsDone: 2, unitsTotal: 3 });
    const facts = { findings: () => [], band: () => null, entryIds: () => new Set<string>() };
    const units = ['translated', 'rejected', 'reviewed'].map((status, i) => ({ id: `u${i + 1}`, status: status as UnitStatus, excluded: false, source: '', target: '' }));
    expect(filterUnits(units, { statuses: new Set<UnitStatus>(['rejected']) }, facts)).toEqual(['u2']);
  });
});
