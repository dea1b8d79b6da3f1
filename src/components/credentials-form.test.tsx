import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ObpError } from '@/api/errors';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadMessages } from '@/i18n/messages';
import { CredentialsPage, useCredentialsForm, type Credentials } from './credentials-form';

const requireBoth = ({ username, password }: Credentials) => ({
  ...(username.trim() === '' ? { username: 'auth.usernameRequired' } : {}),
  ...(password === '' ? { password: 'auth.passwordRequired' } : {}),
});

function Page({ signIn, onSignedIn, reason = null }: { signIn: (u: string, p: string) => Promise<void>; onSignedIn: () => void; reason?: string | null }) {
  const form = useCredentialsForm({ validate: requireBoth, signIn, refusals: { 'OBP-20004': 'auth.invalidCredentials' }, onSignedIn });
  return (
    <CredentialsPage form={form} intro="Sign in to the test server." reason={reason} titleId="test-sign-in">
      <button type="button" onClick={() => form.fill({ username: 'manager', password: 'secret' })}>
        Use manager
      </button>
    </CredentialsPage>
  );
}

async function renderPage(props: Parameters<typeof Page>[0]) {
  render(
    <I18nProvider language="en" messages={await loadMessages('en', 'all')}>
      <Page {...props} />
    </I18nProvider>,
  );
}

describe('a sign-in page', () => {
  it('names each empty field and sends nothing', async () => {
    const signIn = vi.fn(async () => {});
    await renderPage({ signIn, onSignedIn: vi.fn() });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your username.')).toBeTruthy();
    expect(signIn).not.toHaveBeenCalled();
  });

  it('sends the trimmed username, keeps the typed values on a refusal and says it in words', async () => {
    const signIn = vi.fn(async () => {
      throw new ObpError(401, 'OBP-20004', 'OBP-20004: Invalid login credentials. Check username/password.');
    });
    const onSignedIn = vi.fn();
    await renderPage({ signIn, onSignedIn, reason: 'expired' });
    expect(screen.getByRole('status').textContent).not.toBe('');
    await userEvent.type(screen.getByLabelText(/Username/), '  manager ');
    await userEvent.type(screen.getByLabelText(/Password/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong username or password.');
    expect(signIn).toHaveBeenCalledWith('manager', 'wrong');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect((screen.getByLabelText(/Username/) as HTMLInputElement).value).toBe('  manager ');
    expect((screen.getByLabelText(/Password/) as HTMLInputElement).value).toBe('wrong');
  });

  it('fills both fields from outside the form and goes on once signed in', async () => {
    const signIn = vi.fn(async () => {});
    const onSignedIn = vi.fn();
    await renderPage({ signIn, onSignedIn });
    await userEvent.click(screen.getByRole('button', { name: 'Use manager' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledOnce());
    expect(signIn).toHaveBeenCalledWith('manager', 'secret');
  });
});
