import { describe, expect, it } from 'vitest';
import { CHONGQING, fixtureBytes, NATIONAL, SAMPLE } from '../../test/corpus.js';
import { eval2024Set, gr2021Set } from '../../test/numbersEvaluation.js';
import { normalizeEnglishNumbers } from './englishQuantities.js';
import { createNumberModels, ENGLISH_CANDIDATES, parse, parseChinese, parseEnglish } from './numberModels.js';

const models = createNumberModels();

describe('parseEnglish', () => {
  it('finds exactly what the models find over the whole text, on two reports’ English and on tricky forms', () => {
    const english = [...gr2021Set().pairs, ...eval2024Set().pairs].map(([, en]) => en);
    // Three sentences to a paragraph, so windows meet sentence ends and numbers at both edges.
    const paragraphs = english.filter((_, i) => i % 3 === 0).map((_, i) => english.slice(3 * i, 3 * i + 3).join(' '));
    const tricky = [
      'It ranked No. 1, and No. 2 in 2023.',
      'On March 1, 2024, 1,000.5 tons; 3.5 billion: the first half, a third.',
      'twenty-one, one hundred and five, one million and three million',
      'the twenty-first century, the hundredth time, the 22nd, the next one, the one that',
      'a 27.3-percent rise past the 150-million mark',
      '',
    ];
    let numbers = 0;
    for (const raw of [...paragraphs, ...tricky]) {
      const text = normalizeEnglishNumbers(raw);
      for (const [model, candidate] of [[models.english, ENGLISH_CANDIDATES.number], [models.englishOrdinal, ENGLISH_CANDIDATES.ordinal]] as const) {
        const whole = parse(model, text);
        numbers += whole.length;
        expect(parseEnglish(model, text, candidate), text).toEqual(whole);
      }
    }
    expect(numbers).toBeGreaterThan(400);
  }, 60_000);
});

describe('parseChinese', () => {
  it('finds exactly what the model finds over the whole text, on three reports and two sets’ Chinese', () => {
    const reports = [SAMPLE, NATIONAL, CHONGQING].flatMap((name) => new TextDecoder().decode(fixtureBytes(name)).split('\n'));
    const texts = [...reports, ...[...gr2021Set().pairs, ...eval2024Set().pairs].map(([zh]) => zh), '增长27。3%，第十九届六中全会，三分之一，6%-6.5%，1.3万亿斤', ''];
    let numbers = 0;
    for (const text of texts) {
      const whole = parse(models.chinese, text);
      numbers += whole.length;
      expect(parseChinese(models.chinese, text), text).toEqual(whole);
    }
    expect(numbers).toBeGreaterThan(1000);
  }, 60_000);
});
