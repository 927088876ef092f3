import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../main/cli/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = (lang: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, 'assets', 'locales', lang, 'translation.json'), 'utf8')) as Record<string, unknown>;

function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('UI languages', () => {
  const en = keys(load('en'));
  const zh = keys(load('zh-CN'));

  it('has every message, none empty, in English and in Chinese', () => {
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
    const empty = (tree: Record<string, unknown>): string[] => keys(tree).filter((k) => k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) === '');
    expect([...empty(load('en')), ...empty(load('zh-CN'))]).toEqual([]);
  });

  it("names every command of the CLI in `duizhao --help`, in English and in Chinese", () => {
    for (const lang of ['en', 'zh-CN']) {
      const usage = (load(lang)['cli'] as Record<string, string>)['usage'] ?? '';
      const listed = new Set([...usage.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]));
      expect(COMMAND_NAMES.filter((name) => !listed.has(name)).map((name) => `${lang}: ${name}`)).toEqual([]);
    }
    // The two languages list the same lines.
    const lines = (lang: string): number => ((load(lang)['cli'] as Record<string, string>)['usage'] ?? '').split('\n').length;
    expect(lines('zh-CN')).toBe(lines('en'));
  });

  it('has a message for every literal key the UI, the back end and the CLI ask for', () => {
    const known = new Set(en.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
    const missing: string[] = [];
    for (const file of [...sources(join(root, 'renderer')), ...sources(join(root, 'main'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.-]+)'/g)) if (!known.has(m[1] as string)) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
