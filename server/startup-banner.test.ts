import { describe, expect, it } from 'vitest';
import { startupBanner } from './startup-banner';

describe('startupBanner', () => {
  it('names the URL, the sandbox users and the default password', () => {
    const banner = startupBanner({ url: 'http://127.0.0.1:8080', passwordIsDefault: true, defaultPassword: 'sandbox123!', sandbox: true });
    expect(banner).toContain('open http://127.0.0.1:8080');
    expect(banner).toContain('the password sandbox123!');
    expect(banner).toMatch(/^ {2}manager {2}relationship manager at gh\.29\.uk$/m);
    expect(banner).toMatch(/^ {2}teller {3}teller/m);
  });

  it('never prints a password someone chose, and no users in front of a real OBP server', () => {
    const chosen = startupBanner({ url: 'http://127.0.0.1:8080', passwordIsDefault: false, defaultPassword: 'sandbox123!', sandbox: true });
    expect(chosen).not.toContain('sandbox123!');
    expect(chosen).toContain('the password set in SANDBOX_PASSWORD');
    const proxy = startupBanner({ url: 'http://127.0.0.1:8080', passwordIsDefault: true, defaultPassword: 'sandbox123!', sandbox: false });
    expect(proxy).not.toContain('manager');
  });
});
