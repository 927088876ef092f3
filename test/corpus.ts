import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
