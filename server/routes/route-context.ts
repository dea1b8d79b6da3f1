import type { SandboxConfig } from '../config';
import type { Guards } from '../http/guards';
import type { Repositories } from '../repositories/repositories';

/** What every route module receives: data access, the checks, and the configuration. */
export type RouteContext = { repositories: Repositories; guards: Guards; config: SandboxConfig };
