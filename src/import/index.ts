export { decodeText, type DecodedText, type TextEncoding, type DecodeProblemCode } from './decodeText.js';
export { extractHtmlText, declaredHtmlCharset } from './extractHtmlText.js';
export { detectStructure, normaliseLine, type DetectedBlock } from './detectStructure.js';
export type { ReportLine, LineHints } from './reportLine.js';
export { chromeCue, speaksOfSite } from './chromeCues.js';
export { segmentSentences, sentenceEnd, type SentenceRange } from './segmentSentences.js';
export {
  importReport,
  structureReport,
  MAX_REPORT_BYTES,
  type ImportedReport,
  type ImportedNote,
  type ImportProblemCode,
  type ReportFormat,
} from './importReport.js';
