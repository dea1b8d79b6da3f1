/**
 * What `npm start` ends with: where to open the console and whom to sign in as. Printed to the terminal (not the
 * JSON log) once the server listens. The password is printed only while it is the documented default: a password
 * someone chose is a secret and never written out.
 */
export const DEMO_USERS = [
  ['manager', 'relationship manager at gh.29.uk'],
  ['kyc', 'KYC officer at gh.29.uk'],
  ['teller', 'teller at gh.29.uk (reads customers only)'],
  ['admin', 'administrator, every role'],
] as const;

export function startupBanner(options: { url: string; passwordIsDefault: boolean; defaultPassword: string; sandbox: boolean }): string {
  const lines = ['', `Customer Desk is running: open ${options.url}`];
  if (options.sandbox) {
    const password = options.passwordIsDefault ? `the password ${options.defaultPassword}` : 'the password set in SANDBOX_PASSWORD';
    lines.push(`Sign in with ${password} as one of the sandbox users:`);
    const width = Math.max(...DEMO_USERS.map(([name]) => name.length));
    for (const [name, who] of DEMO_USERS) lines.push(`  ${name.padEnd(width)}  ${who}`);
  }
  lines.push('Stop with Ctrl+C.', '');
  return lines.join('\n');
}
