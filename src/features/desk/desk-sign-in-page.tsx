import { useState, type FormEvent } from 'react';
import { isObpError } from '@/api/errors';
import { describeError } from '@/components/describe-error';
import { TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { signInToDesk } from '@/lib/desk-session';
import { useDocumentTitle } from '@/lib/document-title';

type Props = { reason: string | null; backendLabel: string; onSignedIn: () => void };

/** Customer Desk's own refusals of a sign-in, in people's words. */
const SIGN_IN_ERRORS: Record<string, string> = {
  'DESK-20002': 'desk.signIn.invalidCredentials',
  'DESK-20003': 'desk.signIn.locked',
  'DESK-10018': 'desk.signIn.tooManyAttempts',
};

/** Staff sign in to Customer Desk itself; the backend's credentials stay on Customer Desk's server. */
export function DeskSignInPage({ reason, backendLabel, onSignedIn }: Props) {
  const { t } = useI18n();
  useDocumentTitle(t('auth.signIn'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ username?: string; password?: string }>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(username.trim() === '' ? { username: t('auth.usernameRequired') } : {}),
      ...(password === '' ? { password: t('auth.passwordRequired') } : {}),
    };
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await signInToDesk(username.trim(), password);
      onSignedIn();
    } catch (error) {
      const key = isObpError(error) ? SIGN_IN_ERRORS[error.code] : undefined;
      setFailure(key ? t(key) : describeError(error, t));
      setSubmitting(false);
    }
  };

  const notice = reason === 'idle' ? 'auth.signedOutIdle' : reason === 'expired' ? 'auth.sessionExpired' : reason === 'signed-out' ? 'auth.signedOut' : undefined;

  return (
    <main className="sign-in" id="main">
      <h1>{t('common.productName')}</h1>
      <p className="muted">{t('desk.signIn.intro', { backend: backendLabel })}</p>
      {notice ? (
        <p role="status" className="alert alert-info">
          {t(notice)}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="desk-sign-in-title">
        <h2 id="desk-sign-in-title">{t('auth.signInTitle')}</h2>
        <fieldset disabled={submitting}>
          <TextField
            label={t('auth.username')}
            name="username"
            autoComplete="username"
            value={username}
            error={errors.username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
          <TextField
            label={t('auth.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={errors.password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
          {failure ? (
            <p role="alert" className="alert alert-error">
              {failure}
            </p>
          ) : null}
          <button type="submit" className="button button-primary">
            {submitting ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </fieldset>
      </form>
    </main>
  );
}
