import { normalizeDecimalPoints } from '../util/decimalPoint.js';
import { chineseUnitAt } from './measureUnits.js';
import { parseChinese, type NumberModels } from './numberModels.js';
import type { OrdinalNoun, Quantity, QuantityKind, Reading } from './quantity.js';
import { shareRangeUnits } from './shareRangeUnits.js';
import { findSetPhrases } from './setPhrases.js';

/** Chinese numerals, with the financial forms (壹贰叁…): a lone 陆 is usually "land" (陆海新通道), not 6. */
const HAN_DIGITS = /^[一二三四五六七八九十百千万亿两〇零壹贰叁肆伍陆柒捌玖拾佰仟]+$/;
/** What follows a lone Chinese numeral that is a real count (三年, 两次, 八项), not part of a word (一年来 aside, 三北, 两岸). */
const COUNTED = /^(个|项|家|名|人|次|批|条|座|所|只|台|件|处|张|种|类|位|亿|万|千|百|年|月|日|天|倍|番|%|％|岁|周年|季度|公里|平方|立方|吨|斤|亩|千瓦|元|美元)/;
/** What follows 一 when it is a count rather than part of a phrase (一年来, 一批, 一体化): 增长一倍, 翻一番, 一季度, 一中全会. */
const ONE_COUNTED = /^(倍|番|季度|中全会)/;

/** What follows a number and gives it a unit; measures come from the unit table. */
const UNITS: ReadonlyArray<{ readonly pattern: RegExp; readonly kind: QuantityKind; readonly currency?: Quantity['currency'] }> = [
  { pattern: /^[%％]/, kind: 'percent' },
  { pattern: /^个?百分点/, kind: 'points' },
  { pattern: /^倍/, kind: 'multiple' },
  { pattern: /^美元/, kind: 'money', currency: 'USD' },
  { pattern: /^欧元/, kind: 'money', currency: 'EUR' },
  { pattern: /^(港元|港币)/, kind: 'money', currency: 'HKD' },
  { pattern: /^元/, kind: 'money', currency: 'CNY' },
];

/** N届 counts editions or terms, not which one, after these words or as 两届 (成功举办两届, 连续三届). */
const COUNT_OF_EDITIONS = /(两|连续[一二三四五六七八九十\d]+|[共已累计举办了]+[一二三四五六七八九十\d]+)$/;

/** Words before 倍 that make it growth: 增长一倍 is "doubled", up by 100 percent. */
const GROWTH = /(增长|增加|提高|扩大|上升|提升)了?$/;

/**
 * The noun an ordinal counts, read from the text after its number: 届 (a congress or committee), 中全会
 * and 次全会 (a plenary session), 次会议 (a session), 五年规划 (a five-year plan), 季度 (a quarter).
 * In 十三届四次、五次、六次全会 each 次 belongs to the 全会 at the end.
 */
function nounAfter(after: string): OrdinalNoun | null {
  if (/^中全会/.test(after)) return 'plenum';
  if (/^届/.test(after)) return 'congress';
  const times = /^次(?:[、，,和及与]\s*第?[一二三四五六七八九十\d]+次)*(全会|全体会议|会议|代表大会)/.exec(after);
  if (times) return times[1] === '全会' ? 'plenum' : times[1] === '代表大会' ? 'congress' : 'session';
  if (/^个?五年(规划|计划)/.test(after)) return 'plan';
  if (/^个?季度/.test(after)) return 'quarter';
  return null;
}

/** 二〇二四年: a year in Chinese numerals, digit by digit. */
const HAN_YEAR = /[〇零一二三四五六七八九]{4}(?=年)/g;
const HAN_DIGIT_VALUE: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A scale written without a number before a unit or a count: 千亿斤, 上千万家庭, 上亿元. */
const BARE_SCALE = /(?<![0-9０-９一二三四五六七八九十百千万亿两〇零.])(上)?([千百十]?)(万亿|亿|万)(?=[斤元吨亩人户家个千美])/g;
const SCALE_VALUE: Readonly<Record<string, number>> = { 千: 1e3, 百: 1e2, 十: 10, '': 1, 万亿: 1e12, 亿: 1e8, 万: 1e4 };

/**
 * Quantities of a Chinese text: Arabic and Chinese numerals with their scales (万, 亿), read by the
 * number model, then typed by what surrounds them: % (percent), 百分点 (points), 倍 and 翻番
 * (multiple, with the readings "doubled" and "up 100 percent" for 增长一倍), 元 and 美元 (money),
 * units of measure (亩, 斤, 公里, 万千瓦 …), N次 (times), 年 after four digits (year), 第 or 届, 中全会,
 * 次会议, 五年规划 (ordinal, with its noun). A decimal point typed as 。 or ． is read as a point; a
 * dash between two numbers is a range, not a minus sign, and the first takes the unit of the
 * second. Month and day numbers of dates, a numeral inside a word (一年来, 两岸) are not quantities;
 * technical names (5G, PM2.5, C919) are names; numbers of slogans and set phrases are optional.
 */
export function chineseQuantities(input: string, models: NumberModels): Quantity[] {
  const text = normalizeDecimalPoints(input);
  const phrases = findSetPhrases(text);
  const inPhrase = (start: number, end: number): boolean => phrases.some((p) => p.start <= start && end <= p.end);
  const out: Quantity[] = [];
  for (const r of parseChinese(models.chinese, text)) {
    let start = r.start;
    let value = r.value;
    const numeral = text.slice(start, r.end);
    // A range's second number read as negative (6%-6.5%): the dash joins, it is no minus sign.
    if (value < 0 && /^[-—–－]/.test(numeral) && /[0-9０-９%％]$/.test(text.slice(Math.max(0, start - 1), start))) {
      value = -value;
      start += 1;
    }
    const digits = text.slice(start, r.end);
    const after = text.slice(r.end, r.end + 16);
    const before = text.slice(Math.max(0, start - 4), start);
    const han = HAN_DIGITS.test(digits);
    const ordinalMark = before.endsWith('第');
    // 百分之五 and 千分之三 are read below; 三成 is 30 percent.
    if (/[百千]分之$/.test(before)) continue;
    if (han && /^成(?![本果绩为立功员熟长效就型都交品片])/.test(after) && digits !== '一' && value <= 10) {
      out.push({ kind: 'percent', value: value * 10, start, end: r.end + 1, text: input.slice(start, r.end + 1) });
      continue;
    }
    if (/^[月日号]/.test(after) && value <= 31 && Number.isInteger(value)) continue;
    // Digits glued to Latin letters are names (5G, PM2.5, C919): compared as names, not values.
    if (/[A-Za-z]/.test(digits) || /^[A-Za-z]/.test(after) || /[A-Za-z]$/.test(before)) {
      const name = nameAround(text, input, start, r.end);
      if (name && !out.some((q) => q.start === name.start)) out.push(name);
      continue;
    }
    if (digits === '半') continue;
    if (han && digits.length === 1 && !ordinalMark) {
      if (digits === '一' ? !ONE_COUNTED.test(after) : !COUNTED.test(after) && !nounAfter(after) && !/^大/.test(after)) continue;
      // A lone financial numeral is money or nothing: 陆家嘴 is a place, not six companies.
      if (/[壹贰叁肆伍陆柒捌玖拾佰仟]/.test(digits) && !/^(元|圆|万|亿|角)/.test(after)) continue;
      // 一次性 is a word; 五年规划 is the Five-Year Plan, a name.
      if (/^次性/.test(after) || (digits === '五' && after.startsWith('年规划'))) continue;
    }
    const quoted = /[“"]$/.test(before) && /^[个项条大][^”"“]{1,10}[”"]/.test(after);
    const optional = quoted || inPhrase(start, r.end);
    const { kind, value: read, end, extra } = classify(text, start, r.end, value, before, after);
    const approximate = /(约|近|逾|超过|大约|将近|上)$/.test(before) || /^(多|余|左右|以上|上下)/.test(text.slice(end, end + 2)) || /多/.test(digits);
    out.push({ kind, value: read, start, end, text: input.slice(start, end), ...extra, ...(approximate ? { approximate } : {}), ...(optional ? { optional } : {}) });
  }
  out.push(...bareScales(text, input), ...hanYears(text, input), ...phraseReadings(phrases), ...firstOf(text, input), ...percentInWords(text, input, models));
  out.push(...plenums(text, input).filter((p) => !out.some((q) => q.start < p.end && p.start < q.end)));
  return shareRangeUnits(out, text, /^\s*[-—–~～〜至到－、]\s*$/);
}

/** What a number is, typed by the text around it: its kind, its value (翻两番 is 4), where it ends (with its unit), and its noun, unit, currency or readings. */
function classify(text: string, start: number, numberEnd: number, numberValue: number, before: string, after: string): {
  kind: QuantityKind;
  value: number;
  end: number;
  extra: Partial<Pick<Quantity, 'currency' | 'unit' | 'noun' | 'readings'>>;
} {
  const digits = text.slice(start, numberEnd);
  const han = HAN_DIGITS.test(digits);
  const ordinalMark = before.endsWith('第');
  const noun = nounAfter(after);
  let kind: QuantityKind = 'number';
  let value = numberValue;
  let end = numberEnd;
  let extra: Partial<Pick<Quantity, 'currency' | 'unit' | 'noun' | 'readings'>> = {};
  const unit = UNITS.find((u) => u.pattern.test(after));
  const measure = unit ? null : chineseUnitAt(after);
  // 十四五 is the 14th Five-Year Plan: the model reads 十四 and leaves 五.
  const plan = /^五[”"’]?(规划|时期|期间|计划|[”"’])/.test(after) && value >= 6 && Number.isInteger(value);
  // N大 is the Nth Party Congress from 十一大 on (二十大); 三大战役 and 十大行动 are counts ("three major").
  const congress = han && /^大/.test(after) && (value >= 11 || before.endsWith('党的'));
  if (plan) {
    kind = 'ordinal';
    extra = { noun: 'plan' };
    end += 1;
  } else if (ordinalMark || congress || /^中全会/.test(after) || (/^届/.test(after) && !COUNT_OF_EDITIONS.test(before + digits)) || (noun && noun !== 'quarter' && noun !== 'plan' && /(届|[、，,和及与])$/.test(before))) {
    // 第N, 十九届, 六中全会, 二十大; and the 次 of 十三届四次、五次全会 (without 届 before it, 两次会议 is a count).
    kind = 'ordinal';
    extra = { noun: congress ? 'congress' : (noun ?? 'other') };
  } else if (noun === 'quarter') {
    // 一季度 is the first quarter; 前三季度 the first three quarters, a count.
    kind = before.endsWith('前') ? 'number' : 'ordinal';
    if (kind === 'ordinal') extra = { noun: 'quarter' };
  } else if (/^番/.test(after) && before.endsWith('翻')) {
    kind = 'multiple';
    value = 2 ** value;
    end += 1;
    extra = { readings: [{ kind: 'percent', value: (value - 1) * 100 }] };
  } else if (unit) {
    kind = unit.kind;
    end += unit.pattern.exec(after)?.[0].length ?? 0;
    if (unit.currency) extra = { currency: unit.currency };
    if (kind === 'multiple' && GROWTH.test(text.slice(Math.max(0, start - 6), start))) {
      extra = { readings: [{ kind: 'multiple', value: value + 1 }, { kind: 'percent', value: value * 100 }] satisfies Reading[] };
    }
  } else if (measure && (measure.name !== '度' || /电/.test(text)) && !(measure.name === '里' && han)) {
    kind = 'measure';
    end += measure.name.length;
    extra = { unit: measure };
  } else if (/^次/.test(after)) {
    kind = 'times';
  } else if (before.endsWith('人民币')) {
    kind = 'money';
    extra = { currency: 'CNY' };
  } else if (/^年/.test(after) && /^[0-9０-９]{4}$/.test(digits)) kind = 'year';
  return { kind, value, end, extra };
}

/** The technical name around a number glued to Latin letters (PM2.5, 5G, C919, COVID-19), or null; `input` is `text` as written. */
function nameAround(text: string, input: string, start: number, end: number): Quantity | null {
  let s = start;
  let e = end;
  while (s > 0 && /[A-Za-z0-9.-]/.test(text[s - 1] as string)) s--;
  while (e < text.length && /[A-Za-z0-9]/.test(text[e] as string)) e++;
  while (s < start && /[.-]/.test(text[s] as string)) s++;
  const name = text.slice(s, e);
  const digits = /\d+(\.\d+)?/.exec(name)?.[0];
  return digits && /[A-Za-z]/.test(name) ? { kind: 'name', value: Number(digits), start: s, end: e, text: input.slice(s, e) } : null;
}

/** 千亿斤, 上千万家庭: scales without a number, which the model does not read. */
function bareScales(text: string, input: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(BARE_SCALE)) {
    if (!m[2] && !m[1]) continue;
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const end = (m.index ?? 0) + m[0].length;
    const value = (SCALE_VALUE[m[2] ?? ''] ?? 1) * (SCALE_VALUE[m[3] ?? ''] ?? 1);
    const measure = chineseUnitAt(text.slice(end, end + 4));
    const money = text.startsWith('元', end) ? { currency: 'CNY' as const } : {};
    const kind: QuantityKind = measure ? 'measure' : text.startsWith('元', end) ? 'money' : 'number';
    const unitEnd = end + (measure ? measure.name.length : kind === 'money' ? 1 : 0);
    out.push({ kind, value, start, end: unitEnd, text: input.slice(start, unitEnd), ...(measure ? { unit: measure } : {}), ...money, ...(m[1] ? { approximate: true } : {}) });
  }
  return out;
}

/** 二〇二四年 as the year 2024. */
function hanYears(text: string, input: string): Quantity[] {
  return [...text.matchAll(HAN_YEAR)].map((m) => {
    const value = Number([...m[0]].map((c) => HAN_DIGIT_VALUE[c] ?? 0).join(''));
    const start = m.index ?? 0;
    return { kind: 'year' as const, value, start, end: start + m[0].length, text: input.slice(start, start + m[0].length) };
  });
}

const HAN_SMALL: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** N中全会, the Nth plenary session, whose numeral the model skips after 届 (十九届六中全会). */
function plenums(text: string, input: string): Quantity[] {
  return [...text.matchAll(/(?<![一二三四五六七八九十])([一二三四五六七八九]|十[一二三四五六七八九]?)(?=中全会)/g)].map((m) => {
    const start = m.index ?? 0;
    const numeral = m[1] ?? '';
    const value = numeral.startsWith('十') ? 10 + (HAN_SMALL[numeral[1] ?? ''] ?? 0) : (HAN_SMALL[numeral] ?? 0);
    return { kind: 'ordinal' as const, value, noun: 'plenum' as const, start, end: start + numeral.length, text: input.slice(start, start + numeral.length) };
  });
}

/**
 * 百分之五 (5%) and 千分之三 (0.3%): the model reads the numeral after 分之 in some contexts only, so
 * each is read on its own.
 */
function percentInWords(text: string, input: string, models: NumberModels): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(/([百千])分之([0-9０-９.零〇一二三四五六七八九十百两点]+)/g)) {
    const numeral = m[2] ?? '';
    if (numeral === '百' && m[1] === '百') continue; // 百分之百 is a set phrase
    const value = parseChinese(models.chinese, numeral)[0]?.value;
    if (value === undefined) continue;
    const start = m.index ?? 0;
    out.push({ kind: 'percent', value: m[1] === '千' ? value / 10 : value, start, end: start + m[0].length, text: input.slice(start, start + m[0].length) });
  }
  return out;
}

/** 前三季度 is "the first three quarters": the "first" is implied, and an English ordinal may state it. */
function firstOf(text: string, input: string): Quantity[] {
  return [...text.matchAll(/前(?=[一二三四两\d]个?(季度|月))/g)].map((m) => {
    const start = m.index ?? 0;
    return { kind: 'ordinal' as const, value: 1, noun: m[1] === '季度' ? ('quarter' as const) : ('other' as const), start, end: start + 1, text: input.slice(start, start + 1), optional: true, implied: true };
  });
}

/** What set phrases imply (九二共识: the year 1992), as optional quantities. */
function phraseReadings(phrases: ReturnType<typeof findSetPhrases>): Quantity[] {
  return phrases.flatMap(({ phrase, start, end }) => (phrase.reading ? [{ ...phrase.reading, start, end, text: phrase.phrase, optional: true, implied: true }] : []));
}
