/** An expected failure, as data: a stable code the UI maps to a message, and its parameters. */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The outcome of an operation that can fail for reasons outside the program (bad input, missing file). */
export type Result<T, E = Problem> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A successful result. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed result carrying a problem code and its parameters. */
export function fail<Code extends string>(
  code: Code,
  params?: Readonly<Record<string, string | number>>,
): { readonly ok: false; readonly error: Problem<Code> } {
  return { ok: false, error: params ? { code, params } : { code } };
}
