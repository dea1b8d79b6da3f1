import { useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/i18n-context';
import { addTags, joinedTagsLength, removeTag } from './address-form-schema';

type Props = {
  label: string;
  value: string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  /** Joined with ",", the tags may take at most this many characters. */
  maxJoined: number;
  suggestions: readonly string[];
  error?: string;
  /** react-hook-form's ref, so a failed submit can focus the tags. */
  inputRef?: (element: HTMLInputElement | null) => void;
};

/**
 * Tags as removable chips: Enter, a comma or leaving the box adds what was typed; common tags are one click away. The
 * hint counts the characters OBP's column will hold, so a user sees the limit before the form complains.
 */
export function TagsInput({ label, value, onChange, onBlur, maxJoined, suggestions, error, inputRef }: Props) {
  const t = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const ownInput = useRef<HTMLInputElement | null>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const used = joinedTagsLength(value);
  const unused = suggestions.filter((tag) => !value.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase()));

  const commit = (typed: string) => {
    const next = addTags(value, typed);
    if (next.length !== value.length) {
      onChange(next);
      setAnnouncement(t('addresses.tags.added', { tags: next.slice(value.length).join(', ') }));
    }
    setDraft('');
  };

  const remove = (tag: string) => {
    onChange(removeTag(value, tag));
    setAnnouncement(t('addresses.tags.removed', { tag }));
    // The chip's button is gone: keep the keyboard in the tags field.
    ownInput.current?.focus();
  };

  return (
    <div className={`field tags-field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={hintId}>
        {t('addresses.tags.hint', { used, max: maxJoined })}
      </p>
      {value.length > 0 ? (
        <ul className="tag-chips" aria-label={t('addresses.tags.chosen')}>
          {value.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              <button type="button" className="tag-chip-remove" aria-label={t('addresses.tags.remove', { tag })} onClick={() => remove(tag)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="tags-entry">
        <input
          id={id}
          ref={(element) => {
            ownInput.current = element;
            inputRef?.(element);
          }}
          value={draft}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
          onChange={(event) => {
            const typed = event.target.value;
            // A comma ends a tag: OBP would split the stored tags on it anyway.
            if (typed.includes(',')) {
              const lastComma = typed.lastIndexOf(',');
              commit(typed.slice(0, lastComma));
              setDraft(typed.slice(lastComma + 1));
            } else {
              setDraft(typed);
            }
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit(draft);
            }
          }}
          onBlur={() => {
            if (draft.trim() !== '') commit(draft);
            onBlur?.();
          }}
        />
        <button type="button" className="button" onClick={() => commit(draft)}>
          {t('addresses.tags.add')}
        </button>
      </div>
      {unused.length > 0 ? (
        <div className="tag-suggestions" role="group" aria-label={t('addresses.tags.suggestions')}>
          <span aria-hidden="true" className="muted">
            {t('addresses.tags.suggestions')}
          </span>
          {unused.map((tag) => (
            <button
              key={tag}
              type="button"
              className="button tag-suggestion"
              onClick={() => {
                commit(tag);
                ownInput.current?.focus();
              }}
            >
              <span aria-hidden="true">+ </span>
              {tag}
            </button>
          ))}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
