/**
 * Which customer backend Customer Desk's server talks to (issue 9): `CUSTOMER_DESK_BACKEND=obp|openwealth|bankingservice`
 * and `CUSTOMER_DESK_BACKEND_URL` (older names `BACKEND`, `BACKEND_BASE_URL`), by default the sandbox's own API on this
 * server. The credentials stay on the server.
 */
export type BackendKind = 'obp' | 'openwealth' | 'bankingservice';

export type BackendConfig =
  | { kind: 'obp'; baseUrl: string }
  | { kind: 'openwealth'; baseUrl: string; clientId: string; clientSecret: string }
  | { kind: 'bankingservice'; baseUrl: string; clientId: string; privateKeyPem: string | undefined };

type Environment = Record<string, string | undefined>;

const SANDBOX_PATHS: Record<BackendKind, string> = { obp: '', openwealth: '/openwealth', bankingservice: '/bankingservice' };

export function backendConfigFromEnvironment(environment: Environment, port: number, host = '127.0.0.1'): BackendConfig {
  const named = environment.CUSTOMER_DESK_BACKEND?.trim() || environment.BACKEND?.trim() || 'obp';
  const kind = named as BackendKind;
  if (!Object.hasOwn(SANDBOX_PATHS, kind)) throw new Error(`CUSTOMER_DESK_BACKEND must be obp, openwealth or bankingservice, got "${named}"`);
  const configuredUrl = environment.CUSTOMER_DESK_BACKEND_URL?.trim() || environment.BACKEND_BASE_URL?.trim() || '';
  const baseUrl = (configuredUrl || `http://${host}:${port}${SANDBOX_PATHS[kind]}`).replace(/\/+$/, '');
  if (kind === 'openwealth') {
    return {
      kind,
      baseUrl,
      clientId: environment.OPENWEALTH_CLIENT_ID?.trim() || 'customer-desk-openwealth',
      // The sandbox's development secret is the default only against the sandbox itself.
      clientSecret: environment.OPENWEALTH_CLIENT_SECRET ?? (configuredUrl ? '' : 'openwealth-sandbox-dev-secret'),
    };
  }
  if (kind === 'bankingservice') {
    return {
      kind,
      baseUrl,
      clientId: environment.BANKINGSERVICE_CLIENT_ID?.trim() || 'customer-desk-bankingservice',
      // PEM (PKCS #8); unset against the sandbox, whose development key pair is then used.
      privateKeyPem: environment.BANKINGSERVICE_PRIVATE_KEY || undefined,
    };
  }
  return { kind, baseUrl };
}
