import { CredentialsPage, useCredentialsForm, type Credentials } from '@/components/credentials-form';
import { useI18n } from '@/i18n/i18n-context';
import { signInToDesk } from '@/lib/desk-session';

type Props = { reason: string | null; backendLabel: string; onSignedIn: () => void };

/** Customer Desk's own refusals of a sign-in, in people's words. */
const SIGN_IN_ERRORS: Record<string, string> = {
  'DESK-20002': 'desk.signIn.invalidCredentials',
  'DESK-20003': 'desk.signIn.locked',
  'DESK-10018': 'desk.signIn.tooManyAttempts',
};

/** Customer Desk's own sign-in asks only that both fields are filled: its server, not a DirectLogin header, reads them. */
const validateDeskSignIn = ({ username, password }: Credentials) => ({
  ...(username.trim() === '' ? { username: 'auth.usernameRequired' } : {}),
  ...(password === '' ? { password: 'auth.passwordRequired' } : {}),
});

/** Staff sign in to Customer Desk itself; the backend's credentials stay on Customer Desk's server. */
export function DeskSignInPage({ reason, backendLabel, onSignedIn }: Props) {
  const { t } = useI18n();
  const form = useCredentialsForm({ validate: validateDeskSignIn, signIn: signInToDesk, refusals: SIGN_IN_ERRORS, onSignedIn });
  return <CredentialsPage form={form} intro={t('desk.signIn.intro', { backend: backendLabel })} reason={reason} titleId="desk-sign-in-title" />;
}
