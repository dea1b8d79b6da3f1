import { createContext, use, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { createFormats, formattingLocale } from '@/lib/format';
import { rememberLanguage, type Language } from './languages';
import { loadMessages, translate, type Messages, type MessageScope, type Params } from './messages';

export type Translate = (key: string, params?: Params) => string;

type I18nValue = {
  language: Language;
  t: Translate;
  setLanguage: (language: Language) => Promise<void>;
  formatDate: (value: Date | string, options?: Intl.DateTimeFormatOptions) => string;
  formatNumber: (value: number) => string;
};

const I18nContext = createContext<I18nValue | undefined>(undefined);

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}

export { formattingLocale } from '@/lib/format';

type MessagesState = { language: Language; messages: Messages; scope: MessageScope };

/** Set by the mounted provider: loads the namespaces beyond the initial ones (see `requireAllMessages`). */
let loadAllMessages: (() => Promise<void>) | undefined;

/** Lazy routes await this before they render, so their strings are there; it loads once per language. */
export function requireAllMessages(): Promise<void> {
  return loadAllMessages ? loadAllMessages() : Promise.resolve();
}

/** `scope`: which namespaces `messages` holds — 'all' when the first route needed them all and start-up loaded them. */
export function I18nProvider(props: { language: Language; messages: Messages; scope?: MessageScope; children: ReactNode }) {
  const [state, setState] = useState<MessagesState>({ language: props.language, messages: props.messages, scope: props.scope ?? 'initial' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const pending = useRef<Promise<void> | undefined>(undefined);

  // Assigned during render on purpose: a lazy route asks for the messages while it renders, before any effect runs.
  // eslint-disable-next-line react-hooks/globals
  loadAllMessages = () => {
    if (stateRef.current.scope === 'all') return Promise.resolve();
    pending.current ??= (async () => {
      const language = stateRef.current.language;
      const messages = await loadMessages(language, 'all');
      if (stateRef.current.language !== language) return;
      stateRef.current = { language, messages, scope: 'all' };
      setState(stateRef.current);
    })().finally(() => {
      pending.current = undefined;
    });
    return pending.current;
  };

  const setLanguage = useCallback(async (language: Language) => {
    // A route may be waiting for every namespace of the old language: the new one must bring them all too, or that
    // route's strings stay untranslated keys (the old language's load is dropped when it lands).
    const scope: MessageScope = pending.current ? 'all' : stateRef.current.scope;
    const messages = await loadMessages(language, scope);
    rememberLanguage(language);
    applyDocumentLanguage(language);
    stateRef.current = { language, messages, scope };
    setState(stateRef.current);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const formats = createFormats(formattingLocale(state.language));
    return {
      language: state.language,
      setLanguage,
      t: (key, params) => translate(state.messages, state.language, key, params),
      formatNumber: formats.number,
      formatDate: (date, options = { dateStyle: 'medium' }) => formats.date(date, options),
    };
  }, [state, setLanguage]);

  return <I18nContext value={value}>{props.children}</I18nContext>;
}

export function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}

export function useTranslation(): Translate {
  return useI18n().t;
}
