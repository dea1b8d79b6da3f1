import { useTranslation } from '@/i18n/i18n-context';
import { hasWildcard, longestLiteralRun, parsePattern, patternPicture } from './phone-pattern';

/** Says, before the search is sent, what the pattern will match. */
export function PatternPreview({ pattern }: { pattern: string }) {
  const t = useTranslation();
  if (!pattern) return null;
  const parts = parsePattern(pattern);
  return (
    <div className="pattern-preview" aria-live="polite">
      <p>
        {t('search.previewLead')} <code className="pattern-picture">{patternPicture(pattern)}</code>
      </p>
      <ul>
        {parts.map((part, index) => (
          <li key={index}>
            {part.kind === 'text'
              ? t(index === 0 ? 'search.partStartsWith' : index === parts.length - 1 ? 'search.partEndsWith' : 'search.partThen', {
                  text: part.text,
                })
              : part.kind === 'any'
                ? t('search.partAny')
                : t('search.partOne', { count: part.count })}
          </li>
        ))}
      </ul>
      {!hasWildcard(pattern) ? <p className="muted">{t('search.exactWarning')}</p> : null}
      {hasWildcard(pattern) && longestLiteralRun(pattern) < 3 ? <p className="muted">{t('search.slowWarning')}</p> : null}
    </div>
  );
}
