import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './buildDocument.js';
import { excludeAbove, excludeBelow, makeTitle } from './corrections.js';
import { createProjectFile, parseProjectFile, serializeProjectFile } from './projectFile.js';
import { unitAttrs } from './unitAttrs.js';
import type { Node } from 'prosemirror-model';

const doc = buildDocument([
  { text: '下载', kind: 'title', level: null, runIn: null, excluded: null },
  { text: '首页 > 报告', kind: 'paragraph', level: null, runIn: null, excluded: 'chrome', excludedReason: 'breadcrumb' },
  { text: '政府工作报告', kind: 'paragraph', level: null, runIn: null, excluded: null },
  { text: '各位代表：', kind: 'salutation', level: null, runIn: null, excluded: null },
  { text: '一、回顾', kind: 'heading', level: 1, runIn: null, excluded: null },
  { text: '过去一年，经济回升向好。', kind: 'paragraph', level: null, runIn: null, excluded: null },
  { text: '相关新闻', kind: 'paragraph', level: null, runIn: null, excluded: null },
]);

const attrs = (d: Node) => {
  const out: Array<[string, string | null, string | null, string]> = [];
  d.forEach((u) => out.push([unitAttrs(u).id, unitAttrs(u).excluded, unitAttrs(u).excludedReason, unitAttrs(u).kind]));
  return out;
};

/** Undoes a transform the way the history does: its steps inverted, last first. */
function undo(tr: Transform): Node {
  let d = tr.doc;
  for (let i = tr.steps.length - 1; i >= 0; i--) {
    const result = (tr.steps[i] as Transform['steps'][number]).invert(tr.docs[i] as Node).apply(d);
    if (!result.doc) throw new Error(result.failed ?? 'undo failed');
    d = result.doc;
  }
  return d;
}

describe('corrections', () => {
  it('excludes everything above a row in one transform, keeping detected reasons, and undoes whole', () => {
    const tr = new Transform(doc);
    expect(excludeAbove(tr, 'u3')).toBe(true);
    expect(attrs(tr.doc).slice(0, 3)).toEqual([
      ['u1', 'user', null, 'title'],
      ['u2', 'chrome', 'breadcrumb', 'paragraph'],
      ['u3', null, null, 'paragraph'],
    ]);
    expect(attrs(tr.doc).slice(3).every(([, excluded]) => excluded === null)).toBe(true);
    expect(undo(tr).eq(doc)).toBe(true);
  });

  it('excludes everything below a row', () => {
    const tr = new Transform(doc);
    expect(excludeBelow(tr, 'u6')).toBe(true);
    expect(attrs(tr.doc).map(([, e]) => e)).toEqual([null, 'chrome', null, null, null, null, 'user']);
    expect(undo(tr).eq(doc)).toBe(true);
  });

  it('makes a row the one title, included, and the former title a paragraph', () => {
    const excluded = new Transform(doc);
    excludeAbove(excluded, 'u4');
    const tr = new Transform(excluded.doc);
    expect(makeTitle(tr, 'u3')).toBe(true);
    expect(attrs(tr.doc).slice(0, 3)).toEqual([
      ['u1', 'user', null, 'paragraph'],
      ['u2', 'chrome', 'breadcrumb', 'paragraph'],
      ['u3', null, null, 'title'],
    ]);
    expect(undo(tr).eq(excluded.doc)).toBe(true);
  });

  it('adds nothing when there is nothing to change or no such row', () => {
    const tr = new Transform(doc);
    expect(excludeAbove(tr, 'u1')).toBe(false);
    expect(excludeBelow(tr, 'u7')).toBe(false);
    expect(makeTitle(tr, 'u99')).toBe(false);
    expect(tr.steps).toHaveLength(0);
  });

  it('is remembered by the project: the corrected attributes survive save and reopen', () => {
    const tr = new Transform(doc);
    excludeAbove(tr, 'u3');
    makeTitle(tr, 'u3');
    excludeBelow(tr, 'u6');
    const at = '2026-01-01T00:00:00.000Z';
    const file = createProjectFile(tr.doc, { fileName: 'r.html', sha256: '0'.repeat(64), encoding: 'utf-8', format: 'html', importedAt: at }, at);
    const reopened = parseProjectFile(serializeProjectFile(file));
    if (!reopened.ok) throw new Error(reopened.error.code);
    expect(attrs(reopened.value.doc)).toEqual(attrs(tr.doc));
  });
});
