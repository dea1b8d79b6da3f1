import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { getRuntimeConfig } from '@/config/current-config';
import { DeskSignInPage } from '@/features/desk/desk-sign-in-page';
import { useI18n } from '@/i18n/i18n-context';
import { useSignedIn } from '@/lib/session';
import { safeReturnTo } from '../../return-to';
import { LanguagePicker } from '../../shell/language-picker';

export function Component() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const returnTo = safeReturnTo(search.get('returnTo'));
  if (signedIn) return <Navigate replace to={returnTo} />;
  return (
    <div className="sign-in-layout">
      <div className="sign-in-tools">
        <LanguagePicker />
      </div>
      <DeskSignInPage
        reason={search.get('reason')}
        backendLabel={t(`desk.backend.${getRuntimeConfig().backend === 'bankingservice' ? 'bankingservice' : 'openwealth'}.name`)}
        onSignedIn={() => void navigate(returnTo, { replace: true })}
      />
    </div>
  );
}
