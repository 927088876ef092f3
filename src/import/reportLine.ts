import type { NoteAnchor } from '../document/buildDocument.js';
import type { ChromeReason } from '../document/unitAttrs.js';

/**
 * What a reader of a file format knows about a line beyond its text. Every hint is optional: plain
 * text has none, and structure detection works without them; a hint only adds evidence.
 */
export interface LineHints {
  /** The reader knows the line is chrome, and why (a `<nav>` element, a PDF running head or page number). */
  readonly chrome?: ChromeReason;
  /** A page's main-content extractor left the line out of the article (evidence, not a verdict). */
  readonly outsideMain?: boolean;
  /** Heading level given by markup (`<h1>`…`<h6>`, Word's Heading styles), 1 highest. */
  readonly heading?: number;
  /** UTF-16 length of a bold run that opens the line (a run-in heading set in bold). */
  readonly boldLead?: number;
  /** Share of the line's characters inside links, 0 to 1 (HTML). */
  readonly linkShare?: number;
  /** The line is a caption by markup (`<figcaption>`, text right after an image in the same block). */
  readonly caption?: boolean;
  /** The line is a list item (`<li>`). */
  readonly listItem?: boolean;
  /** Notes anchored in the line's text (a Word file's footnotes), offsets into `text`. */
  readonly notes?: readonly NoteAnchor[];
}

/** One line (or paragraph) of a document as a reader delivers it, with its 1-based position for messages. */
export interface ReportLine {
  readonly text: string;
  readonly line: number;
  readonly hints?: LineHints;
}
