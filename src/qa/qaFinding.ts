/** How sure a check is: an error only when it is sure the English is wrong; a warning when it may be; info is a note. */
export type Severity = 'error' | 'warning' | 'info';

/** A half-open range of UTF-16 offsets into a unit's Chinese or English text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A QA finding, as data: a code for the UI to word, its parameters, and the spans it concerns (UTF-16, half-open). */
export interface QaFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly params: Readonly<Record<string, string | number>>;
  readonly source?: Span;
  readonly target?: Span;
}
