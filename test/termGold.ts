import { readFileSync } from 'node:fs';
import { candidateKey, type TermCandidate } from '../src/glossary/extractTermCandidates.js';
import { termSources } from '../src/glossary/termSources.js';
import type { TermSource } from '../src/glossary/extractTermCandidates.js';
import { importReport } from '../src/import/importReport.js';
import { fixtureBytes, fixturePath } from './corpus.js';

/** A hand-written list of the terms a translator would want from one report (test/fixtures/terms/). */
export interface GoldList {
  /** Quoted codes and slogans: each line's accepted forms, as candidate keys. */
  readonly quoted: ReadonlyArray<readonly string[]>;
  /** Every accepted form of every line, as candidate keys. */
  readonly all: ReadonlySet<string>;
}

/** Reads `test/fixtures/terms/<name>.gold.tsv`. */
export function readGold(name: string): GoldList {
  const quoted: string[][] = [];
  const all = new Set<string>();
  for (const line of readFileSync(fixturePath(`terms/${name}.gold.tsv`), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, forms = ''] = line.split('\t');
    const keys = forms.split('|').map(candidateKey).filter(Boolean);
    keys.forEach((k) => all.add(k));
    if (kind === 'q') quoted.push(keys);
  }
  return { quoted, all };
}

/** The Chinese units of a report fixture as the importer reads it (chrome excluded). */
export function reportSources(fixture: string): TermSource[] {
  const name = fixture.split('/').pop() as string;
  const result = importReport(name, fixtureBytes(fixture));
  if (!result.ok) throw new Error(`cannot import ${fixture}: ${result.error.code}`);
  return termSources(result.value.doc);
}

export interface GoldScore {
  /** Share of the first 50 candidates (or all, when fewer) that the gold list has. */
  readonly precisionAt50: number;
  /** Share of the quoted codes and slogans found anywhere in the candidates. */
  readonly quotedRecall: number;
  /** The same among the first 50 only. */
  readonly quotedRecallAt50: number;
  /** Share of all gold lines found anywhere in the candidates. */
  readonly recall: number;
  readonly candidates: number;
  readonly misses: readonly string[];
  readonly falsePositives: readonly string[];
}

/** Scores a ranked candidate list against a gold list. */
export function scoreAgainstGold(candidates: readonly TermCandidate[], gold: GoldList): GoldScore {
  const keys = candidates.map((c) => candidateKey(c.term));
  const top = keys.slice(0, 50);
  const hits = top.filter((k) => gold.all.has(k)).length;
  const everywhere = new Set(keys);
  const inTop = new Set(top);
  const quotedFound = gold.quoted.filter((forms) => forms.some((f) => everywhere.has(f)));
  const quotedTop = gold.quoted.filter((forms) => forms.some((f) => inTop.has(f)));
  return {
    precisionAt50: top.length ? hits / top.length : 0,
    quotedRecall: gold.quoted.length ? quotedFound.length / gold.quoted.length : 1,
    quotedRecallAt50: gold.quoted.length ? quotedTop.length / Math.min(50, gold.quoted.length) : 1,
    recall: [...gold.all].filter((k) => everywhere.has(k)).length / gold.all.size,
    candidates: candidates.length,
    misses: gold.quoted.filter((forms) => !forms.some((f) => everywhere.has(f))).map((f) => f[0] as string),
    falsePositives: top.filter((k) => !gold.all.has(k)),
  };
}
