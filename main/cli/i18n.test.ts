import { describe, expect, it } from 'vitest';
import en from '../../assets/locales/en/translation.json' with { type: 'json' };
import { cliTranslator, fastMessages } from './i18n.js';

/** Every message key of a translation file, dotted. */
function keysOf(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : v && typeof v === 'object' ? keysOf(v as Record<string, unknown>, `${prefix}${k}.`) : []));
}

describe('fast messages (findings printed by the thousand)', () => {
  it('word every message exactly as i18next does, in both languages, whatever the values', async () => {
    const keys = keysOf(en as Record<string, unknown>).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, ''));
    expect(keys.length).toBeGreaterThan(500);
    for (const lang of ['C.UTF-8', 'zh_CN.UTF-8']) {
      const t = await cliTranslator({ LANG: lang });
      const fast = fastMessages(t);
      let compared = 0;
      for (const key of new Set(keys)) {
        const names = [...(t(key, { skipInterpolation: true }) as string).matchAll(/\{\{(.+?)\}\}/g)].map((m) => (m[1] as string).trim());
        const valueSets: Record<string, unknown>[] = [
          Object.fromEntries(names.map((n, i) => [n, `v${i}<&>`])),
          Object.fromEntries(names.map((n, i) => [n, i % 2 ? 0 : ''])),
          Object.fromEntries(names.map((n, i) => [n, i % 2 ? null : 12.5])),
          Object.fromEntries(names.slice(1).map((n) => [n, 'x'])),
          Object.fromEntries(names.map((n) => [n, undefined])),
          { count: 1, n: 3 },
          { count: 2, other: '¶ 3' },
          { context: 'unplaced', line: 1 },
        ];
        for (const params of valueSets) {
          expect(fast(key, params), `${lang} ${key} ${JSON.stringify(params)}`).toBe(t(key, params));
          compared++;
        }
        expect(fast(key)).toBe(t(key));
      }
      expect(compared).toBeGreaterThan(4000);
    }
  });

  it('sends plurals, context and nesting to i18next, and a missing key comes back as the key', async () => {
    const t = await cliTranslator({ LANG: 'C.UTF-8' });
    const fast = fastMessages(t);
    expect(fast('no.such.key', { a: 1 })).toBe('no.such.key');
    expect(fast('cli.qaSummary', { error: 1, warning: 2, info: 3, ignored: 4 })).toBe(t('cli.qaSummary', { error: 1, warning: 2, info: 3, ignored: 4 }));
  });
});
