import { describe, expect, it } from 'vitest';
import { englishQuantities, normalizeEnglishNumbers } from './englishQuantities.js';
import { createNumberModels } from './numberModels.js';
import type { Quantity } from './quantity.js';

const models = createNumberModels();
const read = (text: string): string[] =>
  englishQuantities(text, models).map((q: Quantity) => `${q.kind}${q.noun ? `:${q.noun}` : ''}${q.unit ? `:${q.unit.name}` : ''}${q.currency ? `:${q.currency}` : ''} ${q.value}`);

describe('englishQuantities', () => {
  it('reads hyphenated and compound quantities with their scale and unit', () => {
    expect(read('passing the 150-million mark')).toEqual(['number 150000000']);
    expect(read('a 27.3-percent rise')).toEqual(['percent 27.3']);
    expect(read('reached US$1.2 trillion')).toEqual(['money:USD 1200000000000']);
    expect(read('a 2.5-fold increase')).toEqual(['multiple 2.5']);
    expect(read('passing the 3.3-trillion-yuan mark')).toEqual(['money:CNY 3300000000000']);
    expect(read('a ten-year fishing ban')).toEqual(['number 10']);
    // Offsets stay those of the text as written.
    const text = 'the 150-million mark';
    const [q] = englishQuantities(text, models) as [Quantity];
    expect(text.slice(q.start, q.end)).toBe('150-million');
    expect(normalizeEnglishNumbers('COVID-19, 2016-2020, twenty-one, 5-6 percent')).toBe('COVID-19, 2016-2020, twenty-one, 5-6 percent');
  });

  it('reads ranges as two numbers, the first taking the unit of the second', () => {
    expect(read('awards of between one million and three million yuan')).toEqual(['money:CNY 1000000', 'money:CNY 3000000']);
    expect(read('from 1 million to 3 million yuan')).toEqual(['money:CNY 1000000', 'money:CNY 3000000']);
    expect(read('by 5 to 6 percent')).toEqual(['percent 5', 'percent 6']);
    expect(read('to 2.5-3 percent of GDP')).toEqual(['percent 2.5', 'percent 3']);
    expect(read('from 32 to 40 square meters')).toEqual(['measure:square meters 32', 'measure:square meters 40']);
    // One number, not a range: "and" inside a spelled number.
    expect(read('one hundred and five')).toEqual(['number 105']);
  });

  it('reads ordinals with the noun they count, past the other ordinals of a list', () => {
    expect(read('the Second Session of the 14th National People’s Congress')).toEqual(['ordinal:session 2', 'ordinal:congress 14']);
    expect(read('the Sixth Plenary Session of the 19th CPC Central Committee and the third historical resolution')).toEqual([
      'ordinal:plenum 6',
      'ordinal:congress 19',
      'ordinal:other 3',
    ]);
    expect(read('the Second, Third and Fourth Plenary Sessions of the Sixth Municipal Party Committee')).toEqual([
      'ordinal:plenum 2',
      'ordinal:plenum 3',
      'ordinal:plenum 4',
      'ordinal:congress 6',
    ]);
    expect(read('the 14th Five-Year Plan')).toEqual(['ordinal:plan 14']);
    expect(read('in the first quarter')).toEqual(['ordinal:quarter 1']);
    // "the first three quarters" are three quarters of a year, not three fourths.
    expect(read('in the first three quarters')).toEqual(['ordinal:quarter 1', 'number 3']);
    expect(read('a third of the total')).toEqual(['number 0.333333333333333']);
  });

  it('reads counted adverbs and verbs of multiplication', () => {
    expect(read('cut the reserve ratio twice')).toEqual(['times 2']);
    expect(read('named three times')).toEqual(['multiple 3']);
    expect(read('exports doubled')).toEqual(['multiple 2']);
    expect(read('output quadrupled')).toEqual(['multiple 4']);
    expect(read('the double reduction policy')).toEqual([]);
  });

  it('reads units of measure, coal before tons and kilowatt-hours before kilowatts', () => {
    expect(read('6.67 million hectares')).toEqual(['measure:hectares 6670000']);
    expect(read('695 million metric tons')).toEqual(['measure:metric tons 695000000']);
    expect(read('5.4 billion tons of standard coal equivalent')).toEqual(['measure:tons of standard coal equivalent 5400000000']);
    expect(read('130 million kilowatt-hours and 9.2 trillion kWh')).toEqual(['measure:kilowatt-hours 130000000', 'measure:kilowatt-hours 9200000000000']);
    expect(read('290 gigawatts, 56.91 GW and 120 megawatts')).toEqual(['measure:gigawatts 290', 'measure:gigawatts 56.91', 'measure:megawatts 120']);
    expect(read('135 square kilometers, 62,000 km2 and 159,000 km')).toEqual(['measure:square kilometers 135', 'measure:square kilometers 62000', 'measure:kilometers 159000']);
    expect(read('28 micrograms per cubic meter; 450,000 cubic meters per day')).toEqual(['measure:micrograms 28', 'measure:cubic meters 450000']);
    expect(read('1.37 trillion jin, or 18 million mu')).toEqual(['measure:jin 1370000000000', 'measure:mu 18000000']);
  });

  it('reads technical names as names, not as the numbers in them', () => {
    expect(read('PM2.5, 5G, COVID-19, C919, G20 and M2')).toEqual(['name 2.5', 'name 5', 'name 19', 'name 919', 'name 20', 'name 2']);
    // Ordinal suffixes, decades and units glued to digits are not names.
    expect(read('the 22nd and the 2020s, 100km').filter((q) => q.startsWith('name'))).toEqual([]);
  });

  it('leaves days of the month out and marks approximate numbers', () => {
    expect(read('on March 5, 2024')).toEqual(['year 2024']);
    expect(englishQuantities('over 650 million metric tons', models)).toMatchObject([{ approximate: true }]);
  });
});
