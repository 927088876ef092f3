export { decodeText, type DecodedText, type TextEncoding, type DecodeProblemCode } from './decodeText.js';
export { extractHtmlText, declaredHtmlCharset, type HtmlLine } from './extractHtmlText.js';
export { detectStructure, normaliseLine, type DetectedBlock, type SourceLine } from './detectStructure.js';
export { isStrongChrome, isPageMetadata, findTrailingChrome } from './boilerplate.js';
export { segmentSentences, sentenceEnd, type SentenceRange } from './segmentSentences.js';
export { englishSentences } from './englishSentences.js';
export { importReport, MAX_REPORT_BYTES, type ImportedReport, type ImportProblemCode, type ReportFormat } from './importReport.js';
