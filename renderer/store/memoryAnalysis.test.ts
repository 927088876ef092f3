import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { createProjectFile } from '../../src/document/projectFile.js';
import { editorPlugins, type EditorServices } from '../editor/commands.js';
import { MemoryAnalysis } from './memoryAnalysis.js';
import { ProjectStore } from './projectStore.js';
import { quietServices, typeAtEnd } from './storeTesting.js';

const SOURCE = { fileName: 'report.txt', sha256: '0'.repeat(64), encoding: 'utf-8' as const, format: 'text' as const, importedAt: '2026-01-01T00:00:00.000Z' };
const NOW = '2026-01-01T00:00:00.000Z';

const services: EditorServices = quietServices;

/** 80 paragraphs (four chunks); paragraphs 10 and 70 have the same Chinese. The editor's rules stamp each edit. */
function open(): ProjectStore {
  const store = new ProjectStore(() => editorPlugins(services));
  const seeds = Array.from({ length: 80 }, (_, i) => ({
    text: i === 9 || i === 69 ? '全年国内生产总值增长百分之五，城镇新增就业一千二百万人。' : `第${i + 1}段，各项工作稳步推进，第${i + 1}项任务完成。`,
    kind: 'paragraph' as const,
    level: null,
    runIn: null,
    excluded: null,
    excludedReason: null,
    notes: [],
  }));
  store.load({ path: null, file: createProjectFile(buildDocument(seeds), SOURCE, NOW, [], []), journalKey: 'k', diskHash: null, openElsewhere: null });
  return store;
}

const best = (memory: MemoryAnalysis, id: string): string[] => memory.flatMatches(id).map((m) => m.unit.target);

describe('the project memory (confirmed paragraphs)', () => {
  afterEach(() => void vi.useRealTimers());

  it('follows confirmations and edits of confirmed paragraphs, not typing in drafts', () => {
    // The memory knows an edit by the time it stamps: the steps are a second apart, as a translator's are.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    const store = open();
    const memory = new MemoryAnalysis(store);
    expect(best(memory, 'u70')).toEqual([]);
    typeAtEnd(store, 'u10', 'GDP grew by 5 percent.');
    // A draft is not in the memory.
    expect(best(memory, 'u70')).toEqual([]);
    store.setStatus('u10', 'translated');
    expect(best(memory, 'u70')).toEqual(['GDP grew by 5 percent.']);
    expect(memory.projectSize).toBe(1);
    // Typing in another paragraph (a draft, in another chunk) leaves the memory as it was.
    typeAtEnd(store, 'u40', 'Work went on.');
    expect(best(memory, 'u70')).toEqual(['GDP grew by 5 percent.']);
    // The confirmed paragraph edited and confirmed again: the memory has its new English.
    vi.setSystemTime(new Date('2026-03-01T10:01:00Z'));
    typeAtEnd(store, 'u10', ' Jobs rose.');
    store.setStatus('u10', 'translated');
    expect(best(memory, 'u70')).toEqual(['GDP grew by 5 percent. Jobs rose.']);
    // Unconfirmed: gone from the memory.
    store.setStatus('u10', 'draft');
    expect(best(memory, 'u70')).toEqual([]);
  });
});
