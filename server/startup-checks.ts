import { DEFAULT_SANDBOX_PASSWORD, type ServerSettings } from './config';

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|localhost)$/i;

export const isLoopbackHost = (host: string): boolean => LOOPBACK.test(host.trim());

/**
 * Why the sandbox must not start with these settings, or undefined: listening beyond this machine with the password
 * everyone knows from the README would hand every customer to anyone on the network.
 */
export function startupRefusal(settings: ServerSettings): string | undefined {
  if (!isLoopbackHost(settings.host) && settings.sandboxPassword === DEFAULT_SANDBOX_PASSWORD) {
    return `HOST=${settings.host} is not a loopback address and SANDBOX_PASSWORD is the published default: set SANDBOX_PASSWORD (and seed a new database) or listen on 127.0.0.1.`;
  }
  return undefined;
}
