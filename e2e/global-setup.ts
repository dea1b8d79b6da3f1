import { startSuiteSandboxes } from './support/sandboxes';

/** Starts the suite's servers side by side (`support/sandboxes.ts`); what it returns stops them after the run. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return startSuiteSandboxes();
}
