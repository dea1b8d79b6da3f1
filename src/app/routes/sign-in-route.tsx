import { redirect, useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { getRuntimeConfig } from '@/config/current-config';
import { SignInPage } from '@/features/auth/sign-in-page';
import { LanguagePicker } from '../shell/language-picker';
import { isSignedIn } from '@/lib/session';
import { safeReturnTo } from '../return-to';

export function loader({ request }: LoaderFunctionArgs) {
  if (isSignedIn()) throw redirect(safeReturnTo(new URL(request.url).searchParams.get('returnTo')));
  return null;
}

export function Component() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const base = getRuntimeConfig().obpBaseUrl;
  return (
    <div className="sign-in-layout">
      <div className="sign-in-tools">
        <LanguagePicker />
      </div>
      <SignInPage
        reason={search.get('reason')}
        serverLabel={base ? new URL(base).host : window.location.host}
        onSignedIn={() => void navigate(safeReturnTo(search.get('returnTo')), { replace: true })}
      />
    </div>
  );
}
