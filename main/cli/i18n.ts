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
