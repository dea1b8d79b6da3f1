import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useI18n } from '@/i18n/i18n-context';
import { bankQueries } from '@/api/resources/banks';
import { isUnreadable } from '@/api/wire/tolerant';

/** Choosing a bank opens its customer search: records of one bank are never shown under another. */
export function BankPicker({ bankId }: { bankId: string | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const banks = useQuery(bankQueries.list());
  const options = banks.data ?? [];
  const known = options.some((bank) => !isUnreadable(bank) && bank.id === bankId);
  return (
    <label className="inline-field">
      <span>{t('shell.bank')}</span>
      <select
        value={bankId ?? ''}
        disabled={!banks.data}
        onChange={(event) => void navigate(`/banks/${encodeURIComponent(event.target.value)}/customers`)}
      >
        {!known ? <option value={bankId ?? ''}>{bankId ?? t('common.loading')}</option> : null}
        {options.map((bank) =>
          isUnreadable(bank) ? (
            // A bank the console cannot read stays listed (by its id), but cannot be chosen.
            <option key={`unreadable-${bank.id}`} value={bank.id} disabled>
              {t('shell.unreadableBank', { id: bank.id || '?' })}
            </option>
          ) : (
            <option key={bank.id} value={bank.id}>
              {bank.shortName || bank.fullName || bank.id} ({bank.id})
            </option>
          ),
        )}
      </select>
    </label>
  );
}
