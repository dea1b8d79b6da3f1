import type { FastifyInstance } from 'fastify';
import type { SandboxConfig } from '../config';
import type { SandboxDatabase } from '../database/sandbox-database';
import { registerBankingServiceRoutes } from '../bankingservice/bankingservice-routes';
import { registerOpenWealthRoutes } from '../openwealth/openwealth-routes';
import type { Repositories } from '../repositories/repositories';
import { createApiClientRepository } from './api-client-repository';
import { createCustomerApiRepository } from './customer-api-repository';

/** The two other customer APIs over OBP's data (issue 9): OpenWealth / bLink under /openwealth, bankingservice.ai under /bankingservice. */
export async function registerCustomerApis(app: FastifyInstance, database: SandboxDatabase, obp: Repositories, config: SandboxConfig): Promise<void> {
  const data = { obp, customerApis: createCustomerApiRepository(database), clients: createApiClientRepository(database) };
  await registerOpenWealthRoutes(app, data, config);
  await registerBankingServiceRoutes(app, data, config);
}
