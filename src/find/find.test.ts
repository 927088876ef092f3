import { describe, expect, it } from 'vitest';
import { findInProject, type SearchableUnit } from './findInProject.js';
import { compileFinder, MAX_MATCHES_PER_TEXT, replaceAll, type FindQuery, type Finder } from './findText.js';

const query = (text: string, options: Partial<FindQuery> = {}): FindQuery => ({ text, matchCase: false, wholeWords: false, regex: false, ...options });
function finder(text: string, options: Partial<FindQuery> = {}): Finder {
  const compiled = compileFinder(query(text, options));
  if (!compiled.ok) throw new Error(compiled.error.code);
  return compiled.value;
}
const found = (f: Finder, text: string): string[] => f.find(text).map((m) => text.slice(m.start, m.end));

describe('find', () => {
  it('finds plain text literally, any case unless asked', () => {
    expect(found(finder('g.d.p'), 'GDP and g.d.p. and G.D.P')).toEqual(['g.d.p', 'G.D.P']);
    expect(found(finder('Plan', { matchCase: true }), 'plan Plan PLAN')).toEqual(['Plan']);
    expect(found(finder('(1+20)'), 'the “(1+20)” policy')).toEqual(['(1+20)']);
  });

  it('finds whole words only when asked, in English and Chinese alike', () => {
    expect(found(finder('plan', { wholeWords: true }), 'plans, a plan; planning. Plan!')).toEqual(['plan', 'Plan']);
    expect(found(finder('5.2', { wholeWords: true }), '5.2 percent, 15.2 percent, 5.25')).toEqual(['5.2']);
    expect(found(finder('改革'), '深化改革，改革开放')).toEqual(['改革', '改革']);
  });

  it('finds with regular expressions, Unicode-aware, and replaces with groups', () => {
    const years = finder('(\\d{4})-(\\d{4})', { regex: true });
    const text = 'from 2021-2025 and 2026-2030';
    expect(found(years, text)).toEqual(['2021-2025', '2026-2030']);
    expect(replaceAll(text, years, '$1–$2')).toEqual({ text: 'from 2021–2025 and 2026–2030', count: 2 });
    const named = finder('(?<n>\\d+(?:\\.\\d+)?) per ?cent', { regex: true });
    expect(replaceAll('grew 5.2 per cent, then 3 percent', named, '$<n> percent ($&, $$)')).toEqual({ text: 'grew 5.2 percent (5.2 per cent, $), then 3 percent (3 percent, $)', count: 2 });
    expect(found(finder('\\p{Script=Han}+', { regex: true }), 'the 新质生产力 concept')).toEqual(['新质生产力']);
  });

  it('lets lookarounds see the whole text when replacing', () => {
    const f = finder('(?<=the )economy(?= grew)', { regex: true });
    expect(replaceAll('the economy grew; an economy grew; the economy fell', f, 'GDP').text).toBe('the GDP grew; an economy grew; the economy fell');
  });

  it('refuses a pattern that does not compile or that matches nothing at all, with a code', () => {
    expect(compileFinder(query('(unclosed', { regex: true }))).toMatchObject({ ok: false, error: { code: 'find.badPattern' } });
    expect(compileFinder(query('a*', { regex: true }))).toMatchObject({ ok: false, error: { code: 'find.emptyMatch' } });
    expect(compileFinder(query('^', { regex: true }))).toMatchObject({ ok: false, error: { code: 'find.emptyMatch' } });
    expect(compileFinder(query(''))).toMatchObject({ ok: false, error: { code: 'find.emptyMatch' } });
    // Literal text is never a pattern: these are plain characters.
    expect(compileFinder(query('(unclosed')).ok).toBe(true);
  });

  it('stops at a bound of matches per text', () => {
    expect(finder('a').find('a'.repeat(MAX_MATCHES_PER_TEXT + 5))).toHaveLength(MAX_MATCHES_PER_TEXT);
  });

  it('searches every paragraph in order, the English or the Chinese, excluded ones aside, or only the selected rows', () => {
    const units: SearchableUnit[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `u${i + 1}`,
      source: i % 500 === 0 ? '推进高质量发展' : '其他内容',
      target: i % 500 === 0 ? 'promote high-quality development' : 'other text',
      excluded: i === 1500,
    }));
    const english = findInProject(units, finder('high-quality'), 'target');
    expect(english.map((m) => m.unitId)).toEqual(['u1', 'u501', 'u1001']);
    expect(english[0]).toEqual({ unitId: 'u1', side: 'target', start: 8, end: 20 });
    expect(findInProject(units, finder('高质量'), 'source').map((m) => m.unitId)).toEqual(['u1', 'u501', 'u1001']);
    expect(findInProject(units, finder('high-quality'), 'target', new Set(['u501', 'u2'])).map((m) => m.unitId)).toEqual(['u501']);
  });
});
