import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../assets/locales/en/translation.json' with { type: 'json' };
import zh from '../../assets/locales/zh-CN/translation.json' with { type: 'json' };
import { findingText, type Translate } from './findingText.js';
import { createNumberModels } from './numberModels.js';
import type { QaFinding } from './qaFinding.js';
import { checkUnitNumbers } from './runQa.js';

const models = createNumberModels();

async function translator(lng: string): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { en: { translation: en }, 'zh-CN': { translation: zh } }, interpolation: { escapeValue: false }, showSupportNotice: false } as Parameters<typeof instance.init>[0]);
  return instance.t as Translate;
}

/** Pairs that between them raise every code of the numbers check. */
const SAMPLES: ReadonlyArray<readonly [string, string, number | null]> = [
  ['达到985.2亿元', 'reached 985.2 billion yuan', null],
  ['增长5.8%', 'grew by 5.6 percent', null],
  ['提高1.5个百分点', 'up 1.5 percent', null],
  ['居全市第1', 'ranked second', null],
  ['达到985.2亿元', 'about 98.5 billion yuan', null],
  ['新增企业53家，1.2万家', 'new enterprises', null],
  ['盐碱地1亿亩', '6.67 billion hectares of saline-alkali land', null],
  ['盐碱地1亿亩', 'saline-alkali land', null],
  ['今年', 'in 2028, the 73rd World Health Assembly', 2022],
  ['5G基站', '6G base stations', null],
  ['经济增长6%以上', 'growth of over 6 percent, or 7 percent', null],
];

describe('findingText', () => {
  it('words every finding of the numbers check in English and Chinese, with every parameter filled', async () => {
    const findings: QaFinding[] = SAMPLES.flatMap(([source, target, year]) => checkUnitNumbers(source, target, models, year));
    const codes = new Set(findings.map((f) => f.code));
    for (const code of ['scale', 'valueDiffers', 'percentPoints', 'ordinal', 'rounded', 'missing', 'missingPlain', 'conversion', 'missingMeasure', 'nearMiss', 'nearMissName', 'unmatched', 'extra']) {
      expect(codes, code).toContain(`qa.number.${code}`);
    }
    for (const lng of ['en', 'zh-CN']) {
      const t = await translator(lng);
      for (const f of findings) {
        const text = findingText(t, f, new Map(), () => 1);
        expect(text, `${lng} ${f.code}`).not.toMatch(/\{\{|qaFinding\./);
      }
    }
    const t = await translator('en');
    const conversion = findings.find((f) => f.code === 'qa.number.conversion') as QaFinding;
    expect(findingText(t, conversion, new Map(), () => 1)).toBe('1亿亩 is about 6.67 million hectares (±1.5%); the English says 6.67 billion hectares.');
  });
});
