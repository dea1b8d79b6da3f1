import { getRuntimeConfig } from '@/config/current-config';
import type { DeskBackend } from '@/api/schemas/desk-operations';
import { bankingServiceConnector } from './bankingservice/bankingservice-connector';
import type { Connector } from './connector';
import { openWealthConnector } from './openwealth/openwealth-connector';

export function connectorFor(backend: DeskBackend, profileId = 'gh.29.uk'): Connector {
  return backend === 'openwealth' ? openWealthConnector() : bankingServiceConnector(profileId);
}

let cached: { key: string; connector: Connector } | undefined;

/** The connector of the backend the runtime configuration names (`/config.json` → `backend`). */
export function activeConnector(): Connector {
  const config = getRuntimeConfig();
  const backend: DeskBackend = config.backend === 'bankingservice' ? 'bankingservice' : 'openwealth';
  const key = `${backend}:${config.backendProfileId ?? ''}`;
  if (cached?.key !== key) cached = { key, connector: connectorFor(backend, config.backendProfileId) };
  return cached.connector;
}

