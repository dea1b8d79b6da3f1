import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { rememberLanguage, type Language } from './languages';
import { loadMessages, translate, type Messages, type Params } from './messages';

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

/**
 * Dates and numbers follow the user's own English (en-GB, en-US, en-IN…) when the console is in English; bare "en"
 * would force US dates on everyone.
 */
export function formattingLocale(language: Language): string {
  if (language !== 'en') return language;
  const english = (typeof navigator === 'undefined' ? [] : navigator.languages ?? []).find((tag) => /^en-/i.test(tag));
  return english ?? 'en-GB';
}

export function I18nProvider(props: { language: Language; messages: Messages; children: ReactNode }) {
  const [state, setState] = useState({ language: props.language, messages: props.messages });

  const setLanguage = useCallback(async (language: Language) => {
    const messages = await loadMessages(language);
    rememberLanguage(language);
    applyDocumentLanguage(language);
    setState({ language, messages });
  }, []);

  const value = useMemo<I18nValue>(() => {
    const formatLocale = formattingLocale(state.language);
    const dateFormats = new Map<string, Intl.DateTimeFormat>();
    return {
      language: state.language,
      setLanguage,
      t: (key, params) => translate(state.messages, state.language, key, params),
      formatNumber: (number) => new Intl.NumberFormat(formatLocale).format(number),
      formatDate: (date, options = { dateStyle: 'medium' }) => {
        const instant = typeof date === 'string' ? new Date(date) : date;
        if (Number.isNaN(instant.getTime())) return String(date);
        const cacheKey = JSON.stringify(options);
        let format = dateFormats.get(cacheKey);
        if (!format) {
          format = new Intl.DateTimeFormat(formatLocale, options);
          dateFormats.set(cacheKey, format);
        }
        return format.format(instant);
      },
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
