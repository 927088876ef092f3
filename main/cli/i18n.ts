import i18next, { type TFunction } from 'i18next';
import en from '../../assets/locales/en/translation.json' with { type: 'json' };
import zh from '../../assets/locales/zh-CN/translation.json' with { type: 'json' };
import { errorKeys } from '../../src/api/errorKey.js';
import type { WireError } from '../../src/api/contract.js';

/** The CLI speaks Chinese when the locale says so (LANG=zh_CN.UTF-8), English otherwise. */
export async function cliTranslator(env: NodeJS.ProcessEnv = process.env): Promise<TFunction> {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  const instance = i18next.createInstance();
  await instance.init({
    lng: /^zh/i.test(locale) ? 'zh-CN' : 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zh } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  return instance.t;
}

/** The sentence for an error, in the translator's language. */
export function errorText(t: TFunction, error: Pick<WireError, 'code' | 'params'>): string {
  return t(errorKeys(error), { ...error.params, code: error.code });
}

/** A message function with i18next's `t` signature as `findingText` and the line printers use it. */
export type Messages = (key: string, params?: Record<string, unknown>) => string;

/** Options of `t` that change which message is chosen or how: such calls always go to i18next. */
const SELECTING = ['count', 'context', 'ordinal', 'lng', 'lngs', 'ns', 'defaultValue', 'returnObjects', 'replace', 'interpolation', 'postProcess', 'nest'];

/**
 * `t` for printing thousands of findings: each message's template is looked up once and its plain
 * `{{name}}` placeholders filled directly, which is what i18next does for them (with `escapeValue`
 * off: a value as a string, null as empty, a missing value left as the placeholder) at a fraction of
 * the cost of a `t` call. Plurals, context, nesting (`$t(…)`), formats (`{{x, number}}`), unescaped
 * (`{{- x}}`) and dotted names, and any option but plain values go to `t` itself; a test holds the two
 * equal.
 */
export function fastMessages(t: TFunction): Messages {
  type Filler = ((params: Record<string, unknown>) => string) | null;
  const plain = new Map<string, string>();
  const fillers = new Map<string, Filler>();
  const compile = (template: unknown): Filler => {
    if (typeof template !== 'string' || template.includes('$t(')) return null;
    const parts = template.split(/\{\{(.+?)\}\}/);
    for (let i = 1; i < parts.length; i += 2) {
      const name = (parts[i] as string).trim();
      if (!name || /[.,]/.test(name) || name.startsWith('-')) return null;
    }
    return (params) => {
      let out = parts[0] as string;
      for (let i = 1; i < parts.length; i += 2) {
        const raw = parts[i] as string;
        const name = raw.trim();
        const value = Object.hasOwn(params, name) ? params[name] : undefined;
        out += value === undefined ? (Object.hasOwn(params, name) ? '' : `{{${raw}}}`) : value === null ? '' : String(value);
        out += parts[i + 1] as string;
      }
      return out;
    };
  };
  return (key, params) => {
    if (!params) {
      let found = plain.get(key);
      if (found === undefined) plain.set(key, (found = t(key)));
      return found;
    }
    if (SELECTING.some((option) => Object.hasOwn(params, option))) return t(key, params as Parameters<TFunction>[1] & object);
    let filler = fillers.get(key);
    if (filler === undefined) fillers.set(key, (filler = compile(t(key, { skipInterpolation: true }))));
    return filler ? filler(params) : t(key, params as Parameters<TFunction>[1] & object);
  };
}
