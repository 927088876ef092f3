import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectListing } from '../../src/api/contract.js';
import { ENTRY_STATUSES, type EntryStatus, type GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { GLOSSARY_EXTENSION } from '../../src/glossary/glossaryFile.js';
import { normalizeText } from '../../src/glossary/normalizeText.js';
import type { GlossarySnapshot } from '../store/glossaryStore.js';
import { usePromised } from '../hooks/usePromised.js';
import { BAD_NAME, EMPTY_LISTING } from './dialogs.js';
import { Modal } from './Modal.js';

const lines = (text: string): string[] => [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];

/** Adds or edits a glossary entry: the Chinese term and variants, the English renderings (first preferred), and the rest. */
export function EntryDialog(props: {
  readonly entry: GlossaryEntry;
  readonly isNew: boolean;
  readonly glossaryName: string;
  readonly onSave: (entry: GlossaryEntry) => void;
  readonly onDelete: () => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const e = props.entry;
  const [term, setTerm] = useState(e.term);
  const [variants, setVariants] = useState(e.variants.join('\n'));
  const [renderings, setRenderings] = useState(e.renderings.join('\n'));
  const [forbidden, setForbidden] = useState(e.forbidden.join('\n'));
  const [definition, setDefinition] = useState(e.definition);
  const [note, setNote] = useState(e.note);
  const [domain, setDomain] = useState(e.domain);
  const [tags, setTags] = useState(e.tags.join(', '));
  const [status, setStatus] = useState<EntryStatus>(e.status);
  const valid = term.trim().length > 0;
  return (
    <Modal title={t(props.isNew ? 'glossary.addTitle' : 'glossary.editTitle')} onCancel={props.onCancel}>
      <form
        className="entry-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          props.onSave({
            ...e,
            term: term.trim(),
            variants: lines(variants).filter((v) => v !== term.trim()),
            renderings: lines(renderings),
            forbidden: lines(forbidden),
            definition: definition.trim(),
            note: note.trim(),
            domain: domain.trim(),
            tags: [...new Set(tags.split(/[,，]/).map((s) => s.trim()).filter(Boolean))],
            status,
          });
        }}
      >
        <p className="muted">{t('glossary.inGlossary', { name: props.glossaryName })}</p>
        <label className="field">
          {t('glossary.term')}
          <input value={term} onChange={(ev) => setTerm(ev.target.value)} lang="zh-CN" required />
        </label>
        <label className="field">
          {t('glossary.renderings')}
          <textarea value={renderings} onChange={(ev) => setRenderings(ev.target.value)} rows={3} lang="en" />
        </label>
        <label className="field">
          {t('glossary.variants')}
          <textarea value={variants} onChange={(ev) => setVariants(ev.target.value)} rows={2} lang="zh-CN" />
        </label>
        <label className="field">
          {t('glossary.forbidden')}
          <textarea value={forbidden} onChange={(ev) => setForbidden(ev.target.value)} rows={2} lang="en" />
        </label>
        <label className="field">
          {t('glossary.definition')}
          <textarea value={definition} onChange={(ev) => setDefinition(ev.target.value)} rows={3} lang="en" />
        </label>
        <label className="field">
          {t('glossary.note')}
          <textarea value={note} onChange={(ev) => setNote(ev.target.value)} rows={3} />
        </label>
        <div className="field-row">
          <label className="field">
            {t('glossary.domain')}
            <input value={domain} onChange={(ev) => setDomain(ev.target.value)} />
          </label>
          <label className="field">
            {t('glossary.tags')}
            <input value={tags} onChange={(ev) => setTags(ev.target.value)} />
          </label>
          <label className="field">
            {t('glossary.status')}
            <select value={status} onChange={(ev) => setStatus(ev.target.value as EntryStatus)}>
              {ENTRY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`glossary.statuses.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="modal-actions">
          {!props.isNew && (
            <button type="button" className="danger" onClick={props.onDelete}>
              {t('glossary.delete')}
            </button>
          )}
          <button type="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('dialog.saveButton')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Searches the glossary for the entry a selected span should link to. */
export function LinkEntryDialog(props: {
  readonly snapshot: GlossarySnapshot;
  readonly selectedText: string;
  readonly onChoose: (entryId: string) => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const [query, setQuery] = useState(props.selectedText);
  const results = useMemo(() => {
    const q = normalizeText(query.trim());
    const all = [...props.snapshot.entries.values()];
    const hits = q
      ? all.filter((e) => [e.term, ...e.variants, ...e.renderings].some((s) => normalizeText(s).includes(q)))
      : all;
    return hits.slice(0, 50);
  }, [query, props.snapshot]);
  return (
    <Modal title={t('glossary.linkTitle')} onCancel={props.onCancel}>
      <label className="field">
        {t('glossary.search')}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ul className="file-list">
        {results.map((e) => (
          <li key={e.id}>
            <button type="button" onClick={() => props.onChoose(e.id)}>
              <span lang="zh-CN">{e.term}</span> → {e.renderings[0] ?? '—'}
            </button>
          </li>
        ))}
        {results.length === 0 && <li className="muted">{t('glossary.noMatches')}</li>}
      </ul>
      <div className="modal-actions">
        <button type="button" onClick={props.onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}

/** Writes or edits a translator's note. */
export function NoteDialog(props: {
  readonly text: string;
  readonly anchorText: string | null;
  readonly isNew: boolean;
  /** A reviewer's comment rather than a translator's note: its author, shown in the title. */
  readonly reviewAuthor?: string;
  readonly onSave: (text: string) => void;
  readonly onDelete: () => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const [text, setText] = useState(props.text);
  const title = props.reviewAuthor !== undefined ? t(props.isNew ? 'review.addCommentTitle' : 'review.editCommentTitle', { author: props.reviewAuthor }) : t(props.isNew ? 'notes.addTitle' : 'notes.editTitle');
  return (
    <Modal title={title} onCancel={props.onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) props.onSave(text.trim());
        }}
      >
        {props.anchorText && <blockquote className="anchor-quote">{props.anchorText}</blockquote>}
        <label className="field">
          {t('notes.text')}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={5} />
        </label>
        <div className="modal-actions">
          {!props.isNew && (
            <button type="button" className="danger" onClick={props.onDelete}>
              {t('notes.delete')}
            </button>
          )}
          <button type="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!text.trim()}>
            {t('dialog.saveButton')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Web mode: picks a glossary file in the workspace to link. */
export function PickGlossaryDialog(props: { readonly listing: Promise<ProjectListing>; readonly onPick: (name: string) => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  const listing = usePromised(props.listing, EMPTY_LISTING);
  const files = listing?.files.filter((f) => f.name.endsWith(GLOSSARY_EXTENSION)) ?? [];
  return (
    <Modal title={t('glossary.pickTitle')} onCancel={props.onCancel}>
      {listing && (
        <>
          <h3>{t('dialog.workspaceFiles', { folder: listing.workspace ?? '' })}</h3>
          {files.length === 0 ? (
            <p>{t('glossary.noGlossaryFiles')}</p>
          ) : (
            <ul className="file-list">
              {files.map((f) => (
                <li key={f.path}>
                  <button type="button" onClick={() => props.onPick(f.name)}>
                    {f.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="modal-actions">
        <button type="button" onClick={props.onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}

/** Web mode: names a new glossary file in the workspace. */
export function NewGlossaryDialog(props: { readonly onCreate: (name: string) => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const bad = !name.trim() || BAD_NAME.test(name.trim());
  return (
    <Modal title={t('glossary.newTitle')} onCancel={props.onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!bad) props.onCreate(name.trim());
        }}
      >
        <label className="field">
          {t('glossary.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="modal-actions">
          <button type="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={bad}>
            {t('glossary.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** A termbase without Chinese or English: which of its languages to read as source and target. */
export function ImportLanguagesDialog(props: {
  readonly languages: readonly string[];
  readonly onImport: (pair: { source: string; target: string }) => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const [source, setSource] = useState(props.languages[0] ?? '');
  const [target, setTarget] = useState(props.languages[1] ?? props.languages[0] ?? '');
  return (
    <Modal title={t('glossary.languagesTitle')} onCancel={props.onCancel}>
      <p>{t('glossary.languagesBody', { languages: props.languages.join(', ') })}</p>
      <div className="field-row">
        <label className="field">
          {t('glossary.sourceLanguage')}
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            {props.languages.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('glossary.targetLanguage')}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {props.languages.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="modal-actions">
        <button type="button" onClick={props.onCancel}>
          {t('dialog.cancel')}
        </button>
        <button type="button" className="primary" disabled={source === target} onClick={() => props.onImport({ source, target })}>
          {t('glossary.import')}
        </button>
      </div>
    </Modal>
  );
}
