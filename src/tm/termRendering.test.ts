import { describe, expect, it } from 'vitest';
import type { TmUnit } from './memoryUnit.js';
import { renderingsFromMemory } from './termRendering.js';

const unit = (source: string, target: string): TmUnit => ({ source, target, sourceLang: 'zh-CN', targetLang: 'en', origin: 'test' });

const MEMORY: TmUnit[] = [
  unit('推进“一带一路”建设。', 'We advanced Belt and Road cooperation.'),
  unit('共建“一带一路”取得新进展。', 'Joint efforts to pursue the Belt and Road Initiative made progress.'),
  unit('“一带一路”国际合作不断深化。', 'International cooperation under the Belt and Road kept deepening.'),
  unit('加强生态环境保护。', 'We strengthened ecological conservation.'),
  unit('稳定粮食生产。', 'We kept grain production stable.'),
  unit('推进乡村振兴。', 'We promoted rural revitalization.'),
  unit('乡村振兴取得成效。', 'Rural development made headway.'),
  unit('两个确立', 'the Two Establishes'),
  unit('构建“885”工作机制。', 'We set up the 885 working mechanism.'),
  unit('投资8850万元。', 'Investment reached 88.5 million yuan.'),
];

describe('renderingsFromMemory', () => {
  it('takes the English the units with a phrase agree on, the longest of the agreeing ones', () => {
    const r = renderingsFromMemory(['一带一路'], MEMORY).get('一带一路');
    expect(r).toMatchObject({ rendering: 'Belt and Road', hits: 3, support: 3 });
    expect(r?.example?.source).toContain('一带一路');
  });

  it('takes a unit that is the phrase alone as its rendering', () => {
    expect(renderingsFromMemory(['两个确立'], MEMORY).get('两个确立')?.rendering).toBe('the Two Establishes');
  });

  it('gives no rendering when the units disagree or only one has the phrase, but counts them', () => {
    const r = renderingsFromMemory(['乡村振兴', '885', '生态环境'], MEMORY);
    expect(r.get('乡村振兴')).toMatchObject({ rendering: null, hits: 2 });
    expect(r.get('生态环境')).toMatchObject({ rendering: null, hits: 1 });
    // A code is not found inside a longer number (8850).
    expect(r.get('885')?.hits).toBe(1);
  });

  it('answers nothing for a phrase the memory lacks, and for an empty memory or list', () => {
    expect(renderingsFromMemory(['新质生产力'], MEMORY).has('新质生产力')).toBe(false);
    expect(renderingsFromMemory([], MEMORY).size).toBe(0);
    expect(renderingsFromMemory(['一带一路'], []).size).toBe(0);
  });
});
