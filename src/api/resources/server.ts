import { queryOptions, useQuery } from '@tanstack/react-query';
import { obpRequest } from '@/api/client';
import { isObpError } from '@/api/errors';
import { capabilitiesAnswer, type DemoUser, type ServerExtension } from '@/api/wire/capabilities';

/**
 * Which server the console talks to: plain OBP, or the sandbox declaring what it keeps beyond OBP. The screens never
 * promise what the server cannot back (a KYC status history, more than one handle, an address status, paging).
 */
export type ServerKind = 'obp' | 'sandbox';
export type ServerCapabilities = {
  kind: ServerKind;
  extensions: ReadonlySet<ServerExtension>;
  /** Sandbox users still on the published password, named on the sign-in page; never any on OBP. */
  demoUsers: readonly DemoUser[];
};

export const PLAIN_OBP: ServerCapabilities = { kind: 'obp', extensions: new Set(), demoUsers: [] };

let forcedKind: ServerKind | undefined;

/** From runtime config (`"server": "obp" | "sandbox"`): "obp" skips the question and assumes no extensions. */
export function forceServerKind(kind: ServerKind | undefined): void {
  forcedKind = kind;
}

async function readCapabilities(signal: AbortSignal): Promise<ServerCapabilities> {
  if (forcedKind === 'obp') return PLAIN_OBP;
  try {
    const answer = await obpRequest({ path: '/sandbox/capabilities', schema: capabilitiesAnswer, signal });
    return { kind: 'sandbox', extensions: new Set(answer.extensions), demoUsers: answer.demoUsers };
  } catch (error) {
    // OBP has no such endpoint (404 OBP-10404), and any server that cannot say is treated as plain OBP.
    if (isObpError(error) && !error.isNetworkFailure) return forcedKind === 'sandbox' ? { kind: 'sandbox', extensions: new Set(), demoUsers: [] } : PLAIN_OBP;
    throw error;
  }
}

export const serverQueries = {
  all: () => ['server'] as const,
  capabilities: () =>
    queryOptions({
      queryKey: [...serverQueries.all(), 'capabilities'] as const,
      queryFn: ({ signal }) => readCapabilities(signal),
      staleTime: Infinity,
    }),
};

/** Whether the server keeps `extension`; false while unknown, so a screen never promises more than OBP on a guess. */
export function useServerKeeps(extension: ServerExtension): boolean {
  const { data } = useQuery(serverQueries.capabilities());
  return data?.extensions.has(extension) ?? false;
}

/** The sandbox's demo users for the sign-in page; none on OBP or while unknown. */
export function useDemoUsers(): readonly DemoUser[] {
  const { data } = useQuery(serverQueries.capabilities());
  return data?.demoUsers ?? [];
}
