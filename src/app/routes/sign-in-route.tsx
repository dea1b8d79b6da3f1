import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { getRuntimeConfig } from '@/config/current-config';
import { SignInPage } from '@/features/auth/sign-in-page';
import { useSignedIn } from '@/lib/session';
import { safeReturnTo } from '../return-to';
import { LanguagePicker } from '../shell/language-picker';

export function Component() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const returnTo = safeReturnTo(search.get('returnTo'));
  const base = getRuntimeConfig().obpBaseUrl;
  if (signedIn) return <Navigate replace to={returnTo} />;
  return (
    <div className="sign-in-layout">
      <div className="sign-in-tools">
        <LanguagePicker />
      </div>
      <SignInPage
        reason={search.get('reason')}
        serverLabel={base ? new URL(base).host : window.location.host}
        onSignedIn={() => void navigate(returnTo, { replace: true })}
      />
    </div>
  );
}
