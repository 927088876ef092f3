import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { childrenNamed, decodeXml, parseXml, textOf } from '../src/xml/parseXml.js';

/** Absolute path of a committed test fixture (under test/fixtures). */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** The bytes of a committed test fixture. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

export const SAMPLE = 'reports/nanan_district_2024_gov_work_report_zh.txt';
export const NATIONAL = 'reports/national_2024_gov_work_report_zh.txt';
export const CHONGQING = 'reports/chongqing_municipal_2026_gov_work_report_zh.txt';

/** The 2021 national work report, sentence-aligned with its official English (654 pairs). */
export function gr2021Pairs(): Array<readonly [string, string]> {
  const text = decodeXml(fixtureBytes('parallel/GR2021_zh-CN_en-US.tmx'));
  if (!text.ok) throw new Error('tmx');
  const root = parseXml(text.value);
  if (!root.ok) throw new Error('tmx');
  const body = childrenNamed(root.value, 'body')[0];
  if (!body) throw new Error('no body');
  return childrenNamed(body, 'tu').map((tu) => {
    const tuvs = childrenNamed(tu, 'tuv');
    const seg = (lang: string): string => {
      const tuv = tuvs.find((t) => (t.attrs['xml:lang'] ?? '').toLowerCase().startsWith(lang));
      const s = tuv ? childrenNamed(tuv, 'seg')[0] : undefined;
      return s ? textOf(s) : '';
    };
    return [seg('zh'), seg('en')] as const;
  });
}
