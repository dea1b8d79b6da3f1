import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useI18n } from '@/i18n/i18n-context';
import { bankQueries } from '@/api/resources/banks';

/** Choosing a bank opens its customer search: records of one bank are never shown under another. */
export function BankPicker({ bankId }: { bankId: string | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const banks = useQuery(bankQueries.list());
  const options = banks.data?.banks ?? [];
  const known = options.some((bank) => bank.id === bankId);
  return (
    <label className="inline-field">
      <span>{t('shell.bank')}</span>
      <select
        value={bankId ?? ''}
        disabled={!banks.data}
        onChange={(event) => void navigate(`/banks/${encodeURIComponent(event.target.value)}/customers`)}
      >
        {!known ? <option value={bankId ?? ''}>{bankId ?? t('common.loading')}</option> : null}
        {options.map((bank) => (
          <option key={bank.id} value={bank.id}>
            {bank.short_name || bank.full_name || bank.id} ({bank.id})
          </option>
        ))}
      </select>
    </label>
  );
}
