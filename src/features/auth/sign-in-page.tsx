import { useState, type FormEvent } from 'react';
import { useDocumentTitle } from '@/lib/document-title';
import { isObpError } from '@/api/errors';
import { useDemoUsers } from '@/api/resources/server';
import { describeError } from '@/components/describe-error';
import { TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { signIn } from '@/lib/session';
import { validateSignIn, type SignInValues } from './sign-in-form';

type Props = { reason: string | null; serverLabel: string; onSignedIn: () => void };

const LOGIN_ERRORS: Record<string, string> = {
  'OBP-20004': 'auth.invalidCredentials',
  'OBP-20013': 'auth.locked',
  'OBP-20008': 'auth.invalidConsumerKey',
};

/** What the sandbox says each demo user is for (server/seed/demo-users.ts); an unknown one is named only. */
const DEMO_ROLES = new Set(['relationship-manager', 'kyc-officer', 'teller', 'administrator']);

export function SignInPage({ reason, serverLabel, onSignedIn }: Props) {
  const { t } = useI18n();
  useDocumentTitle(t('auth.signIn'));
  const [values, setValues] = useState<SignInValues>({ username: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof SignInValues, string>>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const demoUsers = useDemoUsers();

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
      {demoUsers.length > 0 ? (
        <section className="demo-users" aria-labelledby="demo-users-title">
          <h2 id="demo-users-title">{t('auth.demoUsersTitle')}</h2>
          <p className="muted">{t('auth.demoUsersIntro', { password: demoUsers[0]!.password })}</p>
          <ul>
            {demoUsers.map((user) => (
              <li key={user.username}>
                <button
                  type="button"
                  className="button"
                  aria-label={t('auth.demoUserUse', { username: user.username })}
                  onClick={() => {
                    setValues({ username: user.username, password: user.password });
                    setFieldErrors({});
                  }}
                >
                  {user.username}
                </button>{' '}
                {DEMO_ROLES.has(user.role) ? <span className="muted">{t(`auth.demoRole.${user.role}`)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
