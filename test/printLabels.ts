import en from '../assets/locales/en/translation.json' with { type: 'json' };
import { printLabels } from '../src/export/printLabels.js';

/** The English print labels, from the locale file, for tests and benchmarks. */
export const EN_PRINT_LABELS = printLabels((key) => (en.print as Record<string, string>)[key.slice('print.'.length)] ?? key);
