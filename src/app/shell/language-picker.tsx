import { useI18n } from '@/i18n/i18n-context';
import { isLanguage, LANGUAGES } from '@/i18n/languages';

export function LanguagePicker() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="inline-field">
      <span>{t('shell.language')}</span>
      <select
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option.code} value={option.code} lang={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
