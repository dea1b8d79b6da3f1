import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { serverQueries } from '@/api/resources/server';
import { useDocumentTitle } from '@/lib/document-title';
import { isObpError } from '@/api/errors';
import { describeError } from '@/components/describe-error';
import { TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { signIn } from '@/lib/session';
import { validateSignIn, type SignInValues } from './sign-in-form';

type Props = { reason: string | null; serverLabel: string; onSignedIn: () => void };

/** The sandbox's seeded staff (README, "Sandbox users"): named on the sign-in page only when the server is the sandbox. */
const DEMO_USERS = [
  ['manager', 'auth.demoUser.manager'],
  ['kyc', 'auth.demoUser.kyc'],
  ['teller', 'auth.demoUser.teller'],
  ['admin', 'auth.demoUser.admin'],
] as const;

const LOGIN_ERRORS: Record<string, string> = {
  'OBP-20004': 'auth.invalidCredentials',
  'OBP-20013': 'auth.locked',
  'OBP-20008': 'auth.invalidConsumerKey',
};

export function SignInPage({ reason, serverLabel, onSignedIn }: Props) {
  const { t } = useI18n();
  useDocumentTitle(t('auth.signIn'));
  const [values, setValues] = useState<SignInValues>({ username: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof SignInValues, string>>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = validateSignIn(values);
    setFieldErrors(errors);
    setFailure(undefined);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      await signIn(values.username.trim(), values.password);
      onSignedIn();
    } catch (error) {
      const key = isObpError(error) ? LOGIN_ERRORS[error.code] : undefined;
      setFailure(key ? t(key) : describeError(error, t));
      setSubmitting(false);
    }
  };

  // Only the sandbox answers the capabilities question; against a bank's OBP server no demo user is named.
  const sandbox = useQuery(serverQueries.capabilities()).data?.kind === 'sandbox';
  const notice = reason === 'idle' ? 'auth.signedOutIdle' : reason === 'expired' ? 'auth.sessionExpired' : reason === 'signed-out' ? 'auth.signedOut' : undefined;

  return (
    <main className="sign-in" id="main">
      <h1>{t('common.productName')}</h1>
      <p className="muted">{t('auth.intro', { server: serverLabel })}</p>
      {notice ? (
        <p role="status" className="alert alert-info">
          {t(notice)}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">{t('auth.signInTitle')}</h2>
        <fieldset disabled={submitting}>
          <TextField
            label={t('auth.username')}
            name="username"
            autoComplete="username"
            value={values.username}
            error={fieldErrors.username ? t(fieldErrors.username) : undefined}
            onChange={(event) => setValues({ ...values, username: event.target.value })}
            required
          />
          <TextField
            label={t('auth.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={values.password}
            error={fieldErrors.password ? t(fieldErrors.password) : undefined}
            onChange={(event) => setValues({ ...values, password: event.target.value })}
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
      {sandbox ? (
        <section className="demo-users" aria-labelledby="demo-users-title">
          <h2 id="demo-users-title">{t('auth.demoUsersTitle')}</h2>
          <p>{t('auth.demoUsersIntro')}</p>
          <ul>
            {DEMO_USERS.map(([username, role]) => (
              <li key={username}>
                <code>{username}</code> — {t(role)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
