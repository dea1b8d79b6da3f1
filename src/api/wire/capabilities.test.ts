import { describe, expect, it } from 'vitest';
import { capabilitiesAnswer } from './capabilities';

describe('the sandbox’s capabilities answer', () => {
  it('keeps the extensions it knows and the demo users it can read', () => {
    const answer = capabilitiesAnswer.parse({
      server: 'customer-desk-sandbox',
      extensions: ['kyc-status-history', 'teleportation', 'paged-phone-search'],
      demo_users: [
        { username: 'manager', role: 'relationship-manager', password: 'sandbox123!' },
        { username: 'nobody' },
        { username: 'kyc', role: null, password: 'sandbox123!', since: '2026' },
      ],
    });
    expect(answer.extensions).toEqual(['kyc-status-history', 'paged-phone-search']);
    expect(answer.demoUsers).toEqual([
      { username: 'manager', role: 'relationship-manager', password: 'sandbox123!' },
      { username: 'kyc', role: '', password: 'sandbox123!' },
    ]);
  });

  it('reads an answer without demo users (a seeded password of its own) as none', () => {
    expect(capabilitiesAnswer.parse({ server: 'customer-desk-sandbox', extensions: null }).demoUsers).toEqual([]);
  });
});
