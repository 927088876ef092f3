import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { buildDocument, type UnitSeed } from './buildDocument.js';
import { projectTitle } from './projectTitle.js';
import { schema } from './schema.js';
import { unitAttrs } from './unitAttrs.js';

const seed = (text: string, kind: UnitSeed['kind'] = 'paragraph', excluded: UnitSeed['excluded'] = null): UnitSeed => ({ text, kind, level: null, runIn: null, excluded });

/** The document with the English `english` on unit `index`. */
function translate(doc: Node, index: number, english: Node[]): Node {
  const units: Node[] = [];
  doc.forEach((u, _o, i) => units.push(i === index ? u.copy(u.content.replaceChild(1, schema.nodes.target.create(null, english))) : u));
  return doc.copy(doc.content.replaceChild(index, units[index] as Node));
}

describe('projectTitle', () => {
  const doc = buildDocument([seed('本文地址:http://x', 'title', 'chrome'), seed('  ', 'title'), seed('\u3000重庆市南岸区人民政府工作报告 ', 'title'), seed('各位代表:', 'salutation')]);

  it('is the Chinese of the first title unit that is neither excluded nor empty, trimmed', () => {
    expect(projectTitle(doc, 'nanan.txt')).toBe('重庆市南岸区人民政府工作报告');
  });

  it('for an English edition is the English of that unit while there is some, else its Chinese', () => {
    expect(projectTitle(doc, 'nanan.txt', 'target')).toBe('重庆市南岸区人民政府工作报告');
    const translated = translate(doc, 2, [schema.text('Report on the Work'), schema.nodes.hard_break.create(), schema.text(' of the Government ')]);
    expect(unitAttrs(translated.child(2)).kind).toBe('title');
    expect(projectTitle(translated, 'nanan.txt', 'target')).toBe('Report on the Work of the Government');
    expect(projectTitle(translated, 'nanan.txt')).toBe('重庆市南岸区人民政府工作报告');
  });

  it('falls back to the source file name, without its folders, when no unit is a title', () => {
    const untitled = buildDocument([seed('各位代表:', 'salutation'), seed('现在,我代表区人民政府…')]);
    expect(projectTitle(untitled, 'reports/2024/nanan.txt')).toBe('nanan.txt');
    expect(projectTitle(untitled, 'C:\\reports\\南岸.html')).toBe('南岸.html');
    expect(projectTitle(buildDocument([seed('本文地址:', 'title', 'user')]), 'a.txt')).toBe('a.txt');
  });
});
