import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import type { LoadedProject } from '../../src/document/projectFile.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { buildTermIndex } from '../../src/glossary/termIndex.js';
import { createNumberModels } from '../../src/qa/numberModels.js';
import { findingText } from '../../src/qa/findingText.js';
import { checkOf, qaDocument, QA_CHECKS } from '../../src/qa/runQa.js';
import { readGlossary } from '../node/glossaryStore.js';
import type { CliIo } from './index.js';

/**
 * `duizhao qa <project> [--json]`: every check over the project (numbers by value, completeness,
 * consistency, form, terminology with the linked glossaries). Exit status 1 when an error-level
 * finding is not ignored, so a publishing script can stop on it.
 */
export async function runQa(args: string[], io: CliIo, t: TFunction, load: (path: string) => Promise<LoadedProject>): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return io.out(t('cli.usageQa')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usageQa')), 2;
  const path = resolve(io.cwd, input);
  const project = await load(path);
  const entries = new Map<string, GlossaryEntry>();
  for (const g of project.file.glossaries.map((p) => (isAbsolute(p) ? p : resolve(dirname(path), p)))) {
    const glossary = await readGlossary(g).catch(() => null);
    if (!glossary) io.err(t('cli.glossarySkipped', { path: g }));
    for (const e of glossary?.entries ?? []) if (!entries.has(e.id)) entries.set(e.id, e);
  }
  const findings = qaDocument(project.doc, { models: createNumberModels(), index: entries.size ? buildTermIndex([...entries.values()]) : null, entries }, new Set(project.file.qaIgnored));
  const numbers = new Map<string, number>();
  project.doc.forEach((unit, _, i) => numbers.set(unit.attrs['id'] as string, i + 1));
  const text = (f: (typeof findings)[number]): string => findingText(t, f, entries, (id) => numbers.get(id) ?? 0);
  const active = findings.filter((f) => !f.ignored);
  const totals = { error: 0, warning: 0, info: 0, ignored: findings.length - active.length };
  for (const f of active) totals[f.severity]++;
  if (values.json) {
    io.out(JSON.stringify({ findings: findings.map((f) => ({ ...f, check: checkOf(f.code), message: text(f) })), totals }, null, 2));
  } else {
    for (const check of QA_CHECKS) {
      const group = active.filter((f) => checkOf(f.code) === check);
      if (group.length === 0) continue;
      io.out(`${t(`qaCheck.${check}`)} (${group.length})`);
      for (const f of group) io.out(`  ${f.unitId.padEnd(6)} ${t(`qaSeverity.${f.severity}`).padEnd(8)} ${text(f)}`);
    }
    io.out(t('cli.qaSummary', totals));
  }
  return totals.error > 0 ? 1 : 0;
}
