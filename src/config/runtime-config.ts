import * as z from 'zod/mini';

/**
 * Runtime configuration, read from `/config.json` when the console starts, so that one build serves any OBP host.
 * `obpBaseUrl` "" means the OBP API is on the console's own origin (the sandbox, or a reverse proxy).
 */
export const runtimeConfigSchema = z.object({
  obpBaseUrl: z.string(),
  consumerKey: z.string().check(z.minLength(1)),
  idleTimeoutMinutes: z.number().check(z.positive()),
  idleWarningSeconds: z.number().check(z.positive()),
  defaultBankId: z.optional(z.string()),
  /** Which server this is, when it should not be asked (`GET /sandbox/capabilities`): plain "obp" or "sandbox". */
  server: z.optional(z.enum(['obp', 'sandbox'])),
  /**
   * Issue 9: the customer backend behind Customer Desk's server. Absent or "obp": the OBP console. "openwealth" or
   * "bankingservice": staff sign in to Customer Desk and its server forwards their calls (`/desk/*`).
   */
  backend: z.optional(z.enum(['obp', 'openwealth', 'bankingservice'])),
  /** bankingservice.ai: the profile whose customers the console shows. */
  backendProfileId: z.optional(z.string()),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export const DEFAULT_CONFIG: RuntimeConfig = {
  obpBaseUrl: '',
  consumerKey: 'customer-desk',
  idleTimeoutMinutes: 15,
  idleWarningSeconds: 60,
};

/**
 * The server answers `/config.json` with `Cache-Control: no-store`, so it is never cached; the request itself keeps
 * the default cache mode so that it picks up the `<link rel="preload">` of index.html, which fetches the file while
 * the scripts load (a request with another cache mode would not match the preload and fetch it a second time).
 */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('/config.json');
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  const parsed = runtimeConfigSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`config.json is not valid: ${parsed.error.message}`);
  return { ...parsed.data, obpBaseUrl: parsed.data.obpBaseUrl.replace(/\/+$/, '') };
}
