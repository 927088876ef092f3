import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScript } from '../../scripts/build.mjs';
import { fixtureBytes, SAMPLE } from '../../test/corpus.js';
import { createProjectFile, parseProjectFile, serializeProjectFile, type ProjectFile } from '../../src/document/projectFile.js';
import { schema } from '../../src/document/schema.js';
import { createGlossary, parseGlossary, serializeGlossary, type Glossary } from '../../src/glossary/glossaryFile.js';
import { importReport } from '../../src/import/importReport.js';
import { writeGlossary } from './glossaryFiles.js';
import { writeProject } from './projectFiles.js';

const CHILD_SOURCE = fileURLToPath(new URL('../../test/killChild.ts', import.meta.url));
let child = '';
const KILLS = 100;

/** Two versions of the sample project: as imported, and with English in every paragraph. */
function projects(): [ProjectFile, ProjectFile] {
  const imported = importReport('nanan.txt', fixtureBytes(SAMPLE));
  if (!imported.ok) throw new Error('sample must import');
  const a = createProjectFile(imported.value.doc, { fileName: 'nanan.txt', sha256: 'c'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: '2026-11-26T10:00:00.000Z' }, '2026-11-26T10:00:00.000Z');
  const units = imported.value.doc.content.content.map((u, i) => u.type.create({ ...u.attrs, status: 'draft' }, [u.child(0), schema.nodes.target.create(null, schema.text(`English of paragraph ${i}. `.repeat(40)))]));
  return [a, { ...a, doc: schema.nodes.doc.create(null, units).toJSON() as Record<string, unknown> }];
}

function glossaries(): [Glossary, Glossary] {
  const entry = (i: number) => ({ id: `e${i}`, term: `术语${i}`, variants: [], renderings: [`term ${i}`], forbidden: [], definition: '', note: '', domain: '', tags: [], status: 'approved' as const, createdAt: '2026-11-26T10:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z' });
  return [createGlossary('A', Array.from({ length: 50 }, (_, i) => entry(i))), createGlossary('B', Array.from({ length: 400 }, (_, i) => entry(i)))];
}

/**
 * Starts the child, waits until it is saving, kills it with SIGKILL after `share` (0 to 1) of one and a half of
 * its save cycles, as long as the machine takes for them now: the kills land anywhere in the cycles.
 */
function killAfter(args: string[], share: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const saver = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    saver.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    saver.stdout.once('data', (line: Buffer) => setTimeout(() => saver.kill('SIGKILL'), share * 1.5 * Number(/ready (\d+)/.exec(line.toString())?.[1] ?? 40)));
    saver.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended by itself (${code}): ${errors}`))));
  });
}

describe('saving survives SIGKILL at any moment', () => {
  // The child is bundled to plain JavaScript once, so each of the kills starts a bare Node.
  beforeAll(async () => {
    child = await buildScript(CHILD_SOURCE, join(mkdtempSync(join(tmpdir(), 'duizhao-kill-child-')), 'killChild.mjs'));
  });

  it(`leaves the project and the glossary as the previous or the new version, never torn or empty, over ${KILLS} kills`, { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-kill-'));
    const [projectA, projectB] = projects();
    const [glossaryA, glossaryB] = glossaries();
    const projectPath = join(dir, 'p.duizhao');
    const glossaryPath = join(dir, 'g.duizhao-glossary');
    const versionsPath = join(dir, 'versions.json');
    writeFileSync(versionsPath, JSON.stringify({ projects: [projectA, projectB], glossaries: [glossaryA, glossaryB] }));
    await writeProject(projectPath, projectA);
    await writeGlossary(glossaryPath, glossaryA);
    const projectTexts = [serializeProjectFile(projectA), serializeProjectFile(projectB)];
    const glossaryTexts = [serializeGlossary(glossaryA), serializeGlossary(glossaryB)];
    const seen = { project: [0, 0] as [number, number], glossary: [0, 0] as [number, number] };
    let state = 12345;
    for (let k = 0; k < KILLS; k++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      await killAfter([projectPath, glossaryPath, versionsPath], ((state >> 8) % 1000) / 1000);
      const project = readFileSync(projectPath, 'utf8');
      const glossary = readFileSync(glossaryPath, 'utf8');
      expect(parseProjectFile(project).ok).toBe(true);
      expect(parseGlossary(glossary).ok).toBe(true);
      const p = projectTexts.indexOf(project);
      const g = glossaryTexts.indexOf(glossary);
      expect(p, `kill ${k}: the project is neither version`).toBeGreaterThanOrEqual(0);
      expect(g, `kill ${k}: the glossary is neither version`).toBeGreaterThanOrEqual(0);
      seen.project[p as 0 | 1]++;
      seen.glossary[g as 0 | 1]++;
    }
    // The temporary files killed saves left behind go with the next save.
    await writeProject(projectPath, projectA);
    await writeGlossary(glossaryPath, glossaryA);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Both versions are seen on disk after kills: the kills did land between and during saves of each.
    expect(seen.project[0], `project A/B ${seen.project.join('/')}`).toBeGreaterThan(0);
    expect(seen.project[1], `project A/B ${seen.project.join('/')}`).toBeGreaterThan(0);
    expect(seen.glossary[0], `glossary A/B ${seen.glossary.join('/')}`).toBeGreaterThan(0);
    expect(seen.glossary[1], `glossary A/B ${seen.glossary.join('/')}`).toBeGreaterThan(0);
  });
});
