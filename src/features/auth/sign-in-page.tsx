import { useDemoUsers } from '@/api/resources/server';
import { CredentialsPage, useCredentialsForm } from '@/components/credentials-form';
import { useI18n } from '@/i18n/i18n-context';
import { signIn } from '@/lib/session';
import { validateSignIn } from './sign-in-form';

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
  const form = useCredentialsForm({ validate: validateSignIn, signIn, refusals: LOGIN_ERRORS, onSignedIn });
  const demoUsers = useDemoUsers();

  return (
    <CredentialsPage form={form} intro={t('auth.intro', { server: serverLabel })} reason={reason} titleId="sign-in-title">
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
                  onClick={() => form.fill({ username: user.username, password: user.password })}
                >
                  {user.username}
                </button>{' '}
                {DEMO_ROLES.has(user.role) ? <span className="muted">{t(`auth.demoRole.${user.role}`)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </CredentialsPage>
  );
}
