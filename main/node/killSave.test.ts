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

/** A child started and loaded (its modules and both versions read), waiting to be told to save. */
interface Saver {
  readonly loaded: Promise<void>;
  /** Tells it to save, kills it with SIGKILL after `share` (0 to 1) of one and a half of its save cycles, and resolves when it is gone. */
  readonly killAfter: (share: number) => Promise<void>;
  readonly dispose: () => void;
}

/**
 * Starts a child. The test starts the next one while it kills the current one, so a child's start-up
 * (Node, the bundle, the versions) is not part of each kill's time. The kill comes as long after the
 * child's first save as the machine takes for `share` of one and a half cycles now: the kills land
 * anywhere in the cycles.
 */
function startSaver(args: string[]): Saver {
  const saver = spawn(process.execPath, [child, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  saver.stderr.on('data', (d: Buffer) => (errors += d.toString()));
  const lines: string[] = [];
  let waiting: (() => void) | null = null;
  saver.stdout.on('data', (d: Buffer) => {
    lines.push(...d.toString().split('\n').filter(Boolean));
    waiting?.();
  });
  const line = (prefix: string): Promise<string> =>
    new Promise((resolve) => {
      const look = (): void => {
        const found = lines.find((l) => l.startsWith(prefix));
        if (found) resolve(found);
        else waiting = look;
      };
      look();
    });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => saver.on('exit', (_code, signal) => resolve(signal)));
  return {
    loaded: line('loaded').then(() => undefined),
    killAfter: async (share) => {
      saver.stdin.write('go\n');
      const ready = await Promise.race([line('ready'), exited.then(() => '')]);
      if (!ready) throw new Error(`child ended by itself: ${errors}`);
      setTimeout(() => saver.kill('SIGKILL'), share * 1.5 * Number(/ready (\d+)/.exec(ready)?.[1] ?? 40));
      if ((await exited) !== 'SIGKILL') throw new Error(`child ended by itself: ${errors}`);
    },
    dispose: () => void saver.kill('SIGKILL'),
  };
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
    const args = [projectPath, glossaryPath, versionsPath];
    let next = startSaver(args);
    for (let k = 0; k < KILLS; k++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      const saver = next;
      await saver.loaded;
      next = startSaver(args);
      await saver.killAfter(((state >> 8) % 1000) / 1000);
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
    next.dispose();
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
