import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { buildTermIndex } from '../../src/glossary/termIndex.js';
import { createNumberModels, type NumberModels } from '../../src/qa/numberModels.js';
import { findingText, type Translate } from '../../src/qa/findingText.js';
import { checkOf, qaDocument, qaUnit, QA_CHECKS, type QaContext } from '../../src/qa/runQa.js';
import { readGlossary } from '../node/glossaryFiles.js';
import { defaultDataDir } from '../node/dataDir.js';
import { loadSpellingDictionary } from '../node/spellingDictionary.js';
import { USER_WORDS_FILE_NAME, UserWords } from '../node/userWords.js';
import { projectSpellChecker } from '../../src/qa/checkSpelling.js';
import { SpellChecker } from '../../src/spelling/spellCheck.js';
import type { Node } from 'prosemirror-model';
import { fastMessages } from './i18n.js';
import type { CliIo, Command } from './index.js';
import { loadInput } from './loadInput.js';

/**
 * `duizhao qa <project> [--json]`: every check over the project (numbers by value, completeness,
 * consistency, form, terminology with the linked glossaries, English spelling unless `--no-spelling`). Exit status 1 when an error-level
 * finding is not ignored, so a publishing script can stop on it.
 */
export const run: Command = async (args, io, t) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, 'no-spelling': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.out(t('cli.usageQa')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usageQa')), 2;
  const path = resolve(io.cwd, input);
  const project = await loadInput(path, io.now());
  const entries = new Map<string, GlossaryEntry>();
  for (const g of project.file.glossaries.map((p) => (isAbsolute(p) ? p : resolve(dirname(path), p)))) {
    const glossary = await readGlossary(g).catch(() => null);
    if (!glossary) io.err(t('cli.glossarySkipped', { path: g }));
    for (const e of glossary?.entries ?? []) if (!entries.has(e.id)) entries.set(e.id, e);
  }
  io.progress?.(t('progress.qaPreparing'));
  const spelling = values['no-spelling'] || !hasEnglish(project.doc) ? null : await spellChecker(entries.values(), io);
  const context: QaContext = { models: lazyNumberModels(), index: entries.size ? buildTermIndex([...entries.values()]) : null, entries, spelling };
  let checked = 0;
  const findings = qaDocument(project.doc, context, new Set(project.file.qaIgnored), (unit) => {
    io.progress?.(t('progress.qaChecking'), ++checked, project.doc.childCount);
    return qaUnit(unit, context);
  });
  const numbers = new Map<string, number>();
  project.doc.forEach((unit, _, i) => numbers.set(unit.attrs['id'] as string, i + 1));
  // Thousands of findings: each message's template is looked up once, not through a `t` call per finding.
  const translate: Translate = fastMessages(t);
  const text = (f: (typeof findings)[number]): string => findingText(translate, f, entries, (id) => numbers.get(id) ?? 0);
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
      for (const f of group) io.out(`  ${f.unitId.padEnd(6)} ${translate(`qaSeverity.${f.severity}`).padEnd(8)} ${text(f)}`);
    }
    io.out(t('cli.qaSummary', totals));
  }
  return totals.error > 0 ? 1 : 0;
};

/** Whether any paragraph has English: a project not yet translated needs no dictionary. */
function hasEnglish(doc: Node): boolean {
  let found = false;
  doc.descendants((node) => {
    if (found) return false;
    if (node.type.name === 'target' && node.textContent.trim()) found = true;
    return node.type.name !== 'target' && node.type.name !== 'source';
  });
  return found;
}

/** The spell checker of the app: the en-US dictionary, the glossaries' renderings and the user's own words. */
async function spellChecker(entries: Iterable<GlossaryEntry>, io: CliIo): Promise<SpellChecker> {
  const [dictionary, words] = await Promise.all([loadSpellingDictionary(), new UserWords(join(io.dataDir ?? defaultDataDir(), USER_WORDS_FILE_NAME)).read()]);
  return projectSpellChecker(new SpellChecker(dictionary), entries, words);
}

/**
 * The number models, built when a check first reads one: building them takes a good part of a
 * second, and a project whose paragraphs are all untranslated never needs them.
 */
function lazyNumberModels(): NumberModels {
  let built: NumberModels | null = null;
  const models = (): NumberModels => (built ??= createNumberModels());
  return {
    get chinese() {
      return models().chinese;
    },
    get english() {
      return models().english;
    },
    get englishOrdinal() {
      return models().englishOrdinal;
    },
  };
}
