import { Culture, NumberRecognizer, StringUtility } from '@microsoft/recognizers-text-number';

/** What a quantity measures, which decides what it may be compared with. */
export type QuantityKind = 'number' | 'percent' | 'points' | 'money' | 'ordinal' | 'year' | 'multiple' | 'measure';

/** A quantity found in a text: its value resolved (985.2亿 is 98,520,000,000), its kind, its UTF-16 span. */
export interface Quantity {
  readonly kind: QuantityKind;
  readonly value: number;
  /** ISO 4217 code for money. */
  readonly currency?: 'CNY' | 'USD' | 'EUR' | 'HKD';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The English says it is approximate ("about", "nearly", "over"). */
  readonly approximate?: boolean;
  /** A count inside a slogan (“四个意识”, “两个维护”), which an English rendering may spell out instead. */
  readonly slogan?: boolean;
}

type Model = ReturnType<NumberRecognizer['getNumberModel']>;

/** The number models of both languages; build once (they are costly to build) and pass in. */
export interface NumberModels {
  readonly chinese: Model;
  readonly chineseOrdinal: Model;
  readonly english: Model;
  readonly englishOrdinal: Model;
}

/**
 * The models normalise the whole input once per expression they try, dozens of times for one text
 * (`removeDiacriticsFromWordBoundaries`, a pure function of its input that splits and rejoins the text);
 * remembering the last result removes some 40% of their time. Installed once.
 */
function rememberNormalisation(): void {
  const utility = StringUtility as unknown as { removeDiacriticsFromWordBoundaries: (input: string) => string; remembered?: true };
  if (utility.remembered) return;
  const normalise = utility.removeDiacriticsFromWordBoundaries.bind(StringUtility);
  let lastInput: string | null = null;
  let lastOutput = '';
  utility.removeDiacriticsFromWordBoundaries = (input: string): string => {
    if (input !== lastInput) {
      lastOutput = normalise(input);
      lastInput = input;
    }
    return lastOutput;
  };
  utility.remembered = true;
}

/** Builds the number and ordinal models of Microsoft's Recognizers-Text for Chinese and English. */
export function createNumberModels(): NumberModels {
  rememberNormalisation();
  const zh = new NumberRecognizer(Culture.Chinese);
  const en = new NumberRecognizer(Culture.English);
  return { chinese: zh.getNumberModel(), chineseOrdinal: zh.getOrdinalModel(), english: en.getNumberModel(), englishOrdinal: en.getOrdinalModel() };
}

interface Raw {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
}

/** Every number the model finds in `text`, with end offsets made exclusive. */
export function parse(model: Model, text: string): Raw[] {
  return model
    .parse(text)
    .map((r) => ({ start: r.start, end: r.end + 1, text: r.text, value: Number((r.resolution as { value?: unknown } | undefined)?.value) }))
    .filter((r) => Number.isFinite(r.value));
}

/**
 * English clauses: text is cut after . ; : ! ? or a comma followed by white space, never after "No."
 * (which belongs to the number after it). Numbers do not span such a break.
 */
const CLAUSE_BREAK = /(?<!\bNo\.)(?<=[.;:!?,])\s+/gi;
/** A digit or the start of a word the English number model reads as a number; over-inclusive on purpose. */
const ENGLISH_NUMBER =
  /\d|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|first|second|twice|thrice|once|double|triple|bn|mn|k|a\s+couple)/i;
/** What the English ordinal model reads: 1st, 22nd, first … twelfth, -teenth, -tieth, hundredth, and relative ordinals. */
const ENGLISH_ORDINAL =
  /\d|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|previous|current|last|penultimate|antepenultimate)|(teenth|tieth|hundredth|thousandth|illionth)\b/i;

/** The candidate patterns, for the equivalence test. */
export const ENGLISH_CANDIDATES = { number: ENGLISH_NUMBER, ordinal: ENGLISH_ORDINAL };

/**
 * `parse` over the clauses that `candidate` says may hold a number only: the same results as over
 * the whole text (a test checks it on the GR2021 report), about three times faster on official
 * English, where most clauses have no number.
 */
export function parseEnglishClauses(model: Model, text: string, candidate: RegExp): Raw[] {
  const out: Raw[] = [];
  let from = 0;
  const take = (to: number): void => {
    const clause = text.slice(from, to);
    if (candidate.test(clause)) for (const r of parse(model, clause)) out.push({ ...r, start: r.start + from, end: r.end + from });
  };
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    take(m.index);
    from = m.index + m[0].length;
  }
  take(text.length);
  return out;
}

/** Kinds a bare number takes from the number after it in a range: 5—6% and 5 to 6 percent are both percentages. */
const RANGE_UNITS = new Set<QuantityKind>(['percent', 'points', 'money', 'multiple']);

/**
 * In a range ("5%—6%", "5—6%", "5 to 6 percent", "between 5 and 6 percent"), a bare number takes the
 * kind and currency of the number that ends the range. `joiner` is what may stand between them.
 */
function shareRangeUnits(quantities: Quantity[], text: string, joiner: RegExp): Quantity[] {
  const sorted = [...quantities].sort((a, b) => a.start - b.start);
  for (let i = sorted.length - 2; i >= 0; i--) {
    const a = sorted[i] as Quantity;
    const b = sorted[i + 1] as Quantity;
    if (a.kind !== 'number' || !RANGE_UNITS.has(b.kind) || !joiner.test(text.slice(a.end, b.start))) continue;
    sorted[i] = { ...a, kind: b.kind, ...(b.currency ? { currency: b.currency } : {}) };
  }
  return sorted;
}

/** What follows a Chinese number and makes it a percentage, points, a multiple, an amount of money or a traditional measure. */
const CHINESE_UNITS: ReadonlyArray<{ readonly pattern: RegExp; readonly kind: QuantityKind; readonly currency?: Quantity['currency'] }> = [
  { pattern: /^[%％]/, kind: 'percent' },
  { pattern: /^个?百分点/, kind: 'points' },
  { pattern: /^倍/, kind: 'multiple' },
  { pattern: /^美元/, kind: 'money', currency: 'USD' },
  { pattern: /^欧元/, kind: 'money', currency: 'EUR' },
  { pattern: /^(港元|港币)/, kind: 'money', currency: 'HKD' },
  { pattern: /^元/, kind: 'money', currency: 'CNY' },
  // Traditional units (亩, 斤, 里, 担) are usually converted in English (hectares, tonnes).
  { pattern: /^(亩|斤|里|担|丈|尺)/, kind: 'measure' },
];

/** Chinese numerals, with the financial forms (壹贰叁…): a lone 陆 is usually "land" (陆海新通道), not 6. */
const HAN_DIGITS = /^[一二三四五六七八九十百千万亿两〇零壹贰叁肆伍陆柒捌玖拾佰仟]+$/;
/** Measure words and units after which a lone Chinese numeral is a real count, not part of a word (一年来, 三次产业). */
const COUNTED = /^(个|项|家|名|人|次|批|条|座|所|只|台|件|处|张|种|类|位|亿|万|千|百|年|月|日|天|倍|%|％|岁|周年|公里|平方|吨|元|美元)/;

/**
 * Quantities of a Chinese text: Arabic and Chinese numerals with their scales (万, 亿), then by
 * what follows or precedes them: % and ％ (percent), 百分点 (percentage points), 倍 (multiple), 元
 * and 美元 (money), 年 after a four-digit number (year), 第 or 届/大/次 (ordinal). Month and day
 * numbers of dates (2月4日) are not quantities; a lone numeral inside a word (一年来, 三次产业) is not.
 */
export function chineseQuantities(text: string, models: NumberModels): Quantity[] {
  const out: Quantity[] = [];
  for (const r of parse(models.chinese, text)) {
    const after = text.slice(r.end, r.end + 4);
    const before = text.slice(Math.max(0, r.start - 2), r.start);
    const han = HAN_DIGITS.test(r.text);
    if (/^[月日号]/.test(after) && r.value <= 31 && Number.isInteger(r.value)) continue;
    if (han && r.text.length === 1 && !COUNTED.test(after) && !before.endsWith('第')) continue;
    // A lone financial numeral is money or nothing: 陆家嘴 is a place, not six companies.
    if (r.text.length === 1 && /[壹贰叁肆伍陆柒捌玖拾佰仟]/.test(r.text) && !/^(元|圆|万|亿|角)/.test(after)) continue;
    // 一 alone is almost always part of a phrase (一年来, 一批, 今年是…的一年), not a count to translate; 半 is "halve".
    if ((r.text === '一' || r.text === '半') && !before.endsWith('第')) continue;
    // 五年规划 is the Five-Year Plan, a name.
    if (r.text === '五' && after.startsWith('年规划')) continue;
    // Digits glued to Latin letters are names (5G, G20): the number is the digits, not 5 giga.
    if (/[A-Za-z]/.test(r.text) || /^[A-Za-z]/.test(after) || /[A-Za-z]$/.test(before)) {
      const digits = /\d+(\.\d+)?/.exec(r.text)?.[0];
      if (digits) out.push({ kind: 'number', value: Number(digits), start: r.start, end: r.end, text: r.text });
      continue;
    }
    const slogan = /[“"]$/.test(before) && /^个[^”"]{1,8}[”"]/.test(after);
    let kind: QuantityKind = 'number';
    let currency: Quantity['currency'];
    let end = r.end;
    const unit = CHINESE_UNITS.find((u) => u.pattern.test(after));
    if (before.endsWith('第') || (han && /^(届|大|次会)/.test(after))) kind = 'ordinal';
    else if (unit) {
      kind = unit.kind;
      currency = unit.currency;
      end += unit.pattern.exec(after)?.[0].length ?? 0;
    } else if (before.endsWith('人民币')) {
      kind = 'money';
      currency = 'CNY';
    } else if (/^年/.test(after) && /^\d{4}$/.test(r.text)) kind = 'year';
    out.push({ kind, value: r.value, start: r.start, end, text: text.slice(r.start, end), ...(currency ? { currency } : {}), ...(slogan ? { slogan } : {}) });
  }
  return shareRangeUnits(out, text, /^\s*[-—–~～至到]\s*$/);
}

/** What follows an English number and makes it a percentage, points, a multiple or money. */
const ENGLISH_UNITS: ReadonlyArray<{ readonly pattern: RegExp; readonly kind: QuantityKind; readonly currency?: Quantity['currency'] }> = [
  { pattern: /^\s*(%|per ?cent\b)/i, kind: 'percent' },
  { pattern: /^\s*percentage[ -]points?\b/i, kind: 'points' },
  { pattern: /^\s*(times|-?fold)\b/i, kind: 'multiple' },
  { pattern: /^\s*(US |U\.S\. )?(dollars?|USD)\b/i, kind: 'money', currency: 'USD' },
  { pattern: /^\s*(yuan|RMB|renminbi)\b/i, kind: 'money', currency: 'CNY' },
  { pattern: /^\s*euros?\b/i, kind: 'money', currency: 'EUR' },
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const APPROXIMATE = /\b(about|around|approximately|nearly|almost|roughly|over|more than|some|close to|upwards of|at least|under|less than)\s*$/i;

/**
 * Quantities of an English text: digits (with separators), spelled numbers and scales (million,
 * billion, trillion, bn, mn), then percent and %, percentage points, times/fold, yuan, RMB, dollars
 * and $, ordinals (first, 1st, No. 1), four-digit years. Days of the month next to a month name are
 * not quantities. A number after "about", "nearly", "over" and the like is marked approximate.
 */
export function englishQuantities(text: string, models: NumberModels): Quantity[] {
  const out: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  const numbers = parseEnglishClauses(models.english, text, ENGLISH_NUMBER);
  for (const r of parseEnglishClauses(models.englishOrdinal, text, ENGLISH_ORDINAL)) {
    // "the current", "next", "last": relative ordinals, not numbers.
    if (/\b(next|previous|current|last|(ante)?penultimate)\b/i.test(r.text)) continue;
    // "one third", "a third of": a fraction, which the number model reads; "a third round" stays an ordinal.
    const fraction = numbers.find((n) => n.start <= r.start && n.end >= r.end && n.end - n.start > r.end - r.start && !Number.isInteger(n.value));
    if (fraction && (!/^an?\s/i.test(fraction.text) || /^\s*(of\b|[,.;:)]|$)/.test(text.slice(fraction.end)))) continue;
    out.push({ kind: 'ordinal', value: r.value, start: r.start, end: r.end, text: r.text });
    taken.push([r.start, r.end]);
  }
  // Numbers inside names and codes: G20, COVID-19, 5G (the models skip digits glued to letters).
  for (const m of text.matchAll(/\b([A-Za-z]{1,8})-?(\d{1,4})\b|\b(\d{1,4})([A-Za-z]{1,3})\b/g)) {
    const digits = m[2] ?? m[3] ?? '';
    const at = (m.index ?? 0) + (m[2] ? m[0].length - digits.length : 0);
    if (/^(st|nd|rd|th|s|am|pm|km|kg|mu)$/i.test(m[4] ?? '')) continue;
    out.push({ kind: 'number', value: Number(digits), start: at, end: at + digits.length, text: m[0] });
    taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const m of text.matchAll(/\b(centenary|centennial)\b/gi)) {
    out.push({ kind: 'ordinal', value: 100, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
    taken.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const r of numbers) {
    if (taken.some(([s, e]) => r.start < e && s < r.end)) continue;
    // "Five-Year Plan" is a name, its number part of it.
    if (/^-Year Plan/i.test(text.slice(r.end, r.end + 10))) continue;
    const after = text.slice(r.end, r.end + 24);
    const before = text.slice(Math.max(0, r.start - 24), r.start);
    if (new RegExp(`(${MONTHS})\\s*$`).test(before) && r.value <= 31) continue;
    if (new RegExp(`^\\s*(${MONTHS})\\b`).test(after) && r.value <= 31) continue;
    let kind: QuantityKind = 'number';
    let currency: Quantity['currency'];
    let end = r.end;
    let start = r.start;
    const unit = ENGLISH_UNITS.find((u) => u.pattern.test(after));
    const prefix = /(US\$|\$|RMB|CNY|¥)\s*$/.exec(before);
    if (unit) {
      kind = unit.kind;
      currency = unit.currency;
      end += unit.pattern.exec(after)?.[0].length ?? 0;
    } else if (prefix) {
      kind = 'money';
      currency = prefix[1]?.includes('$') ? 'USD' : 'CNY';
      start = r.start - prefix[0].length;
    } else if (/^\d{4}$/.test(r.text) && r.value >= 1900 && r.value <= 2100) kind = 'year';
    const approximate = APPROXIMATE.test(before);
    out.push({ kind, value: r.value, start, end, text: text.slice(start, end), ...(currency ? { currency } : {}), ...(approximate ? { approximate } : {}) });
  }
  return shareRangeUnits(out, text, /^\s*(-|–|—|to|and)\s*$/i);
}
