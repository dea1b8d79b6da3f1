import { DEFAULT_CONFIG, type RuntimeConfig } from './runtime-config';

let current: RuntimeConfig = DEFAULT_CONFIG;

/** Set once at start-up from `/config.json`; read by loaders (outside React) and components alike. */
export function setRuntimeConfig(config: RuntimeConfig): void {
  current = config;
}

export function getRuntimeConfig(): RuntimeConfig {
  return current;
}
