import { useState, type FormEvent, type ReactNode } from 'react';
import { isObpError } from '@/api/errors';
import { describeError } from '@/components/describe-error';
import { TextField } from '@/components/field';
import { useI18n } from '@/i18n/i18n-context';
import { useDocumentTitle } from '@/lib/document-title';

export type Credentials = { username: string; password: string };
type FieldErrors = Partial<Record<keyof Credentials, string>>;

type Options = {
  /** Field → message key of the first problem; an empty object lets the form go. */
  validate: (values: Credentials) => FieldErrors;
  /** Signs in with the trimmed username; rejects with the server's refusal. */
  signIn: (username: string, password: string) => Promise<void>;
  /** The server's refusal codes that have their own words (message keys). */
  refusals: Readonly<Record<string, string>>;
  onSignedIn: () => void;
};

/** The state of a sign-in form: its values, each field's problem, the server's refusal and whether it is sending. */
export function useCredentialsForm({ validate, signIn, refusals, onSignedIn }: Options) {
  const { t } = useI18n();
  const [values, setValues] = useState<Credentials>({ username: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = validate(values);
    setFieldErrors(errors);
    setFailure(undefined);
    if (Object.keys(errors).length > 0) return;
    setSubmitting(true);
    try {
      await signIn(values.username.trim(), values.password);
      onSignedIn();
    } catch (error) {
      const key = isObpError(error) ? refusals[error.code] : undefined;
      setFailure(key ? t(key) : describeError(error, t));
      setSubmitting(false);
    }
  };

  /** Fills both fields (e.g. from a listed demo user) and clears their problems. */
  const fill = (next: Credentials) => {
    setValues(next);
    setFieldErrors({});
  };

  return { values, setValues, fieldErrors, failure, submitting, submit, fill };
}

export type CredentialsFormState = ReturnType<typeof useCredentialsForm>;

const NOTICES: Record<string, string> = {
  idle: 'auth.signedOutIdle',
  expired: 'auth.sessionExpired',
  'signed-out': 'auth.signedOut',
};

/** A sign-in page: the product's name, an introduction, why the user is here again, the form, and what follows it. */
export function CredentialsPage({
  form,
  intro,
  reason,
  titleId,
  children,
}: {
  form: CredentialsFormState;
  intro: string;
  reason: string | null;
  titleId: string;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  useDocumentTitle(t('auth.signIn'));
  const notice = reason === null ? undefined : NOTICES[reason];
  const { values, setValues, fieldErrors, failure, submitting, submit } = form;
  return (
    <main className="sign-in" id="main">
      <h1>{t('common.productName')}</h1>
      <p className="muted">{intro}</p>
      {notice ? (
        <p role="status" className="alert alert-info">
          {t(notice)}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <h2 id={titleId}>{t('auth.signInTitle')}</h2>
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
      {children}
    </main>
  );
}
