import type { TFunction } from 'i18next';
import type { LoadedProject } from '../../src/document/projectFile.js';
import { paragraphRanges } from '../../src/export/glossaryAppendix.js';
import { findingOf } from '../../src/export/preflight/openFindings.js';
import type { Preflight } from '../../src/export/preflight/runPreflight.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { findingText } from '../../src/qa/findingText.js';
import { fastMessages } from './i18n.js';

/**
 * The preflight as lines for the terminal: a summary, then each group (open findings one a line,
 * worded as `qa` words them; untranslated and draft paragraphs as ranges of paragraph numbers).
 */
export function preflightLines(preflight: Preflight, project: LoadedProject, entries: ReadonlyMap<string, GlossaryEntry>, translate: TFunction): string[] {
  // Thousands of lines: each message's template is looked up once, not through a `t` call per line.
  const t = fastMessages(translate);
  const numbers = new Map<string, number>();
  project.doc.forEach((unit, _offset, i) => numbers.set(unit.attrs['id'] as string, i + 1));
  const numberOf = (id: string | null): number => (id ? (numbers.get(id) ?? 0) : 0);
  const lines = [t('cli.preflightHeader', { errors: preflight.errors, warnings: preflight.warnings })];
  const codes = [...new Set(preflight.items.map((i) => i.code))];
  for (const code of codes) {
    const group = preflight.items.filter((i) => i.code === code);
    lines.push(`${t(`preflight.groups.${code}`)} (${group.length})`);
    if (code === 'untranslated' || code === 'draft') {
      lines.push(`  ${t('cli.preflightParagraphs', { ranges: paragraphRanges(group.map((i) => numberOf(i.unitId))) })}`);
      continue;
    }
    for (const item of group) {
      const text = code === 'finding' ? findingText(t, findingOf(item), entries, (id) => numberOf(id)) : t(`preflight.items.${code}`, item.params);
      lines.push(`  ¶${String(numberOf(item.unitId)).padEnd(5)} ${t(`preflight.severity.${item.severity}`).padEnd(8)} ${text}`);
    }
  }
  return lines;
}
