import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/buildDocument.js';
import { toEditorDoc, unitList } from '../document/chunks.js';
import { schema } from '../document/schema.js';
import type { UnitAttrs } from '../document/unitAttrs.js';
import { fillableAsRepetition, findRepetitions } from './repetitions.js';

const texts = ['坚持稳中求进。', '坚持 稳中求进。', '坚持稳中求进', '坚持稳中求进。', '坚持稳中求进。', '坚持稳中求进。', '坚持稳中求进。', '另一段。'];
const base = buildDocument(texts.map((text) => ({ text, kind: 'paragraph' as const, level: null, runIn: null, excluded: null })));

/** u1 confirmed; u4 the translator's own draft; u5 from memory; u6 excluded; u7 a locked confirmed row. */
function withStates(): Node {
  const set: Record<number, [Partial<UnitAttrs>, string]> = {
    0: [{ status: 'translated' }, 'Pursue progress while keeping stability.'],
    3: [{ status: 'draft' }, 'My own words.'],
    4: [{ status: 'draft', fromMemory: true }, 'Memory words.'],
    5: [{ excluded: 'user' }, ''],
    6: [{ status: 'translated', locked: true }, 'Locked words.'],
  };
  return toEditorDoc(
    schema.nodes.doc.create(
      null,
      unitList(base).map((u, i) => {
        const change = set[i];
        return change ? u.type.create({ ...u.attrs, ...change[0] }, [u.child(0), schema.nodes.target.create(null, change[1] ? schema.text(change[1]) : [])]) : u;
      }),
    ),
  );
}

describe('repetitions', () => {
  it('finds units with the same Chinese (whitespace aside) that are empty or machine-filled, never a translator draft, excluded or locked row', () => {
    const doc = withStates();
    expect(findRepetitions(doc, 'u1')).toEqual(['u2', 'u5']);
    expect(unitList(doc).map(fillableAsRepetition)).toEqual([false, true, true, false, true, false, false, true]);
  });

  it('finds none for a unit with no English, or an unknown id', () => {
    expect(findRepetitions(withStates(), 'u2')).toEqual([]);
    expect(findRepetitions(withStates(), 'nope')).toEqual([]);
  });
});
