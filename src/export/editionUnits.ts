import { Fragment, type Node } from 'prosemirror-model';
import { englishTarget } from '../document/segments.js';
import { unitAttrs, type UnitAttrs } from '../document/unitAttrs.js';
import { normalizePunctuation } from './normalizePunctuation.js';

/** What an edition (PDF or Word) prints of the project, whatever its layout. */
export interface EditionChoices {
  /** Paragraphs without an English translation: shown in Chinese only, or left out. */
  readonly untranslated: 'chinese' | 'omit';
  /** Set scraped half-width punctuation in the Chinese full-width (`,` → `，`, `(一)` → `（一）`). */
  readonly normalizePunctuation: boolean;
}

/** One printed unit: its attributes, its number in the project, its Chinese, and its English if it has any. */
export interface EditionUnit {
  readonly attrs: UnitAttrs;
  /** The paragraph's number as the workbench shows it ("¶ 12"): its position among all units, from 1. */
  readonly number: number;
  /** The Chinese (a `source` node), its punctuation normalised when chosen. */
  readonly source: Node;
  /** The English (a `target` node), or null when the unit has none. */
  readonly target: Node | null;
}

/** The source node with its text's half-width punctuation set full-width; marks and offsets are kept. */
function withNormalizedPunctuation(source: Node): Node {
  let changed = false;
  const children: Node[] = [];
  // Normalise the whole text at once (the context crosses text nodes), then hand each text node its slice.
  const whole = normalizePunctuation(source.textBetween(0, source.content.size, undefined, '\n'));
  let at = 0;
  source.forEach((child) => {
    if (!child.isText) {
      children.push(child);
      at += 1;
      return;
    }
    const text = child.text as string;
    const normalized = whole.slice(at, at + text.length);
    at += text.length;
    if (normalized === text) children.push(child);
    else {
      changed = true;
      children.push(child.type.schema.text(normalized, child.marks));
    }
  });
  return changed ? source.copy(Fragment.fromArray(children)) : source;
}

/**
 * The units an edition prints, in order: excluded units (web-page chrome, the user's exclusions)
 * never; units without English in Chinese only, or not at all when `untranslated` is `omit`.
 */
export function editionUnits(doc: Node, choices: EditionChoices): EditionUnit[] {
  const units: EditionUnit[] = [];
  doc.forEach((unit, _offset, i) => {
    const attrs = unitAttrs(unit);
    if (attrs.excluded) return;
    const target = englishTarget(unit);
    const translated = target.textContent.trim().length > 0;
    if (!translated && choices.untranslated === 'omit') return;
    const source = choices.normalizePunctuation ? withNormalizedPunctuation(unit.child(0)) : unit.child(0);
    units.push({ attrs, number: i + 1, source, target: translated ? target : null });
  });
  return units;
}
