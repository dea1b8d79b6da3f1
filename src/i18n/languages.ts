export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
  { code: 'es', label: 'Español' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'customer-desk.language';

export const isLanguage = (value: unknown): value is Language => LANGUAGES.some((language) => language.code === value);

/** The language chosen in this tab, else the browser's first supported one, else English. */
export function initialLanguage(): Language {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage unavailable: fall through to the browser's languages.
  }
  for (const preferred of navigator.languages ?? []) {
    if (preferred.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (preferred.toLowerCase().startsWith('es')) return 'es';
    if (preferred.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered: harmless.
  }
}
