import type { WireError } from './contract.js';

/** Codes whose message depends on a parameter value: `import.binary` with `format: NUL` has a message of its own. */
const VARIANT_PARAM: Readonly<Record<string, string>> = { 'import.binary': 'format', 'align.unsupportedType': 'side', 'align.noText': 'side', 'align.wrongLanguage': 'side' };

/**
 * The i18next keys to try, most specific first, for an error code: `errors.<code>_<variant>`,
 * `errors.<code>`, and the generic `errors.unknown`. The UI and the CLI turn them into sentences.
 */
export function errorKeys(error: Pick<WireError, 'code' | 'params'>): string[] {
  const keys: string[] = [];
  const variantParam = VARIANT_PARAM[error.code];
  const variant = variantParam ? error.params?.[variantParam] : undefined;
  if (variant !== undefined) keys.push(`errors.${error.code}_${variant}`);
  keys.push(`errors.${error.code}`, 'errors.unknown');
  return keys;
}
