import { Node } from 'prosemirror-model';
import { describe, expect, it, vi } from 'vitest';
import { fixtureBytes, SAMPLE } from '../../test/corpus.js';
import { EN_PRINT_LABELS } from '../../test/printLabels.js';
import { CHANNELS, type Channel } from '../../src/api/contract.js';
import { createProjectFile, serializeProjectFile } from '../../src/document/projectFile.js';
import { DEFAULT_PRINT_OPTIONS } from '../../src/export/printHtml.js';
import { importReport } from '../../src/import/importReport.js';
import { dispatch } from './dispatch.js';
import type { HandlerTable } from './services.js';

const NOW = '2026-11-26T10:00:00.000Z';

/** A handler table whose every handler only records that it ran. */
function spies(): HandlerTable & Record<Channel, ReturnType<typeof vi.fn>> {
  return Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => ({}))])) as unknown as HandlerTable & Record<Channel, ReturnType<typeof vi.fn>>;
}

/** The sample as a project, in the JSON form the UI sends. */
function goodProject(): Record<string, unknown> {
  const imported = importReport('nanan.txt', fixtureBytes(SAMPLE));
  if (!imported.ok) throw new Error('sample must import');
  const file = createProjectFile(imported.value.doc, { fileName: 'nanan.txt', sha256: 'd'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: NOW }, NOW);
  return JSON.parse(serializeProjectFile(file)) as Record<string, unknown>;
}

const replace = (p: unknown, from: string, to: string): unknown => JSON.parse(JSON.stringify(p).replace(from, to));

/** Every channel that carries a project, with the rest of its arguments. */
const carriers: Array<[Channel, (file: unknown) => unknown]> = [
  ['project.save', (file) => ({ path: 'report.duizhao', file, journalKey: null })],
  ['journal.write', (file) => ({ key: 'untitled:x', path: null, file })],
  ['export.pdf', (file) => ({ jobId: 'job1', file, options: DEFAULT_PRINT_OPTIONS, translator: '', labels: EN_PRINT_LABELS, preview: false })],
  ['tm.exportTmx', (file) => ({ file })],
  ['xliff.export', (file) => ({ file })],
  ['xliff.merge', (file) => ({ file, fileName: 'r.xlf', data: new Uint8Array([60]) })],
];

const malformed: Array<[string, (good: Record<string, unknown>) => unknown, string]> = [
  ['null', () => null, 'project.notDuizhao'],
  ['an array', () => [], 'project.notDuizhao'],
  ['another format', (p) => ({ ...p, format: 'other' }), 'project.notDuizhao'],
  ['a newer version', (p) => ({ ...p, version: 99 }), 'project.newerVersion'],
  ['a header field of the wrong type', (p) => ({ ...p, notes: 'none' }), 'project.invalid'],
  ['a missing header field', (p) => ({ ...p, source: undefined }), 'project.invalid'],
  ['a document that is not an object', (p) => ({ ...p, doc: 'text' }), 'project.invalid'],
  ['a node type the schema lacks', (p) => replace(p, '"type":"target"', '"type":"script"'), 'project.invalid'],
  ['a unit without its English side', (p) => replace(p, ',{"type":"target"}', ''), 'project.invalid'],
  ['an attribute value out of range', (p) => replace(p, '"level":null', '"level":1e308'), 'project.invalid'],
  ['unit ids that repeat', (p) => replace(p, '"id":"u2"', '"id":"u1"'), 'project.duplicateId'],
];

describe('dispatch, the one entry point of both transports', () => {
  const good = goodProject();

  it('the fixture really is a good project and carries what the malformed variants change', () => {
    const text = JSON.stringify(good);
    for (const needle of ['"type":"target"', ',{"type":"target"}', '"level":null', '"id":"u2"']) expect(text).toContain(needle);
  });

  for (const [channel, args] of carriers) {
    it(`${channel}: a malformed project runs no handler and answers the project's own code`, async () => {
      for (const [name, mutate, code] of malformed) {
        // tm.exportTmx takes null for "the user's memory, no project".
        if (channel === 'tm.exportTmx' && name === 'null') continue;
        const handlers = spies();
        const answer = await dispatch(handlers, channel, args(mutate(good)));
        expect(answer, name).toMatchObject({ ok: false, error: { code } });
        expect(handlers[channel], name).not.toHaveBeenCalled();
      }
    });

    it(`${channel}: a good project reaches the handler parsed, with its document built`, async () => {
      const handlers = spies();
      const answer = await dispatch(handlers, channel, args(good));
      expect(answer.ok).toBe(true);
      expect(handlers[channel]).toHaveBeenCalledOnce();
      const received = (handlers[channel].mock.calls[0]?.[0] as { file: { file: { format: string }; doc: Node } }).file;
      expect(received.file.format).toBe('duizhao-project');
      expect(received.doc).toBeInstanceOf(Node);
      expect(received.doc.childCount).toBe((good['doc'] as { content: unknown[] }).content.length);
    });
  }

  it('answers a bad argument that is not a project as a bad request, naming its path', async () => {
    const handlers = spies();
    const answer = await dispatch(handlers, 'project.save', { path: '', file: good, journalKey: null });
    expect(answer).toMatchObject({ ok: false, error: { code: 'badRequest', params: { reason: 'arguments', path: 'path' } } });
    expect(handlers['project.save']).not.toHaveBeenCalled();
    expect(await dispatch(handlers, 'no.such', {})).toMatchObject({ ok: false, error: { code: 'badRequest', params: { reason: 'channel' } } });
  });
});
