/**
 * DirectLogin credentials, as OBP parses them (contract §A): from the `DirectLogin` header (any case of its name), or
 * from `Authorization: DirectLogin …`. Strip the `DirectLogin` prefix, split on `,`, trim, split each part on its first
 * `=`, strip surrounding double quotes; keep only the four known keys, and only non-empty values.
 */
export const DIRECT_LOGIN_PARAMETER_NAMES = ['username', 'password', 'consumer_key', 'token'] as const;
export type DirectLoginParameterName = (typeof DIRECT_LOGIN_PARAMETER_NAMES)[number];
export type DirectLoginParameters = Map<DirectLoginParameterName, string>;

const isParameterName = (name: string): name is DirectLoginParameterName =>
  (DIRECT_LOGIN_PARAMETER_NAMES as readonly string[]).includes(name);

const stripQuotes = (value: string) => (value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value);

export function parseDirectLoginParameters(headerValue: string): DirectLoginParameters {
  const parameters: DirectLoginParameters = new Map();
  const body = headerValue.trim().startsWith('DirectLogin') ? headerValue.trim().slice('DirectLogin'.length) : headerValue;
  for (const part of body.split(',')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    const name = part.slice(0, separator).trim();
    const value = stripQuotes(part.slice(separator + 1).trim());
    if (isParameterName(name) && value !== '') parameters.set(name, value);
  }
  return parameters;
}

export type DirectLoginHeader =
  | { kind: 'direct-login'; parameters: DirectLoginParameters }
  | { kind: 'missing' }
  /** An `Authorization` header of another scheme (Bearer, Basic…). */
  | { kind: 'other-authorization' };

type Headers = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Node lower-cases header names, which makes `dIreCtLoGin:` work as OBP's test requires. */
export function readDirectLoginHeader(headers: Headers): DirectLoginHeader {
  const directLogin = single(headers.directlogin);
  if (directLogin !== undefined) return { kind: 'direct-login', parameters: parseDirectLoginParameters(directLogin) };
  const authorization = single(headers.authorization);
  if (authorization === undefined) return { kind: 'missing' };
  if (!authorization.includes('DirectLogin')) return { kind: 'other-authorization' };
  return { kind: 'direct-login', parameters: parseDirectLoginParameters(authorization) };
}

const MAXIMUM_LENGTH = 512;
const RULES: Record<DirectLoginParameterName, RegExp> = {
  username: /^[A-Za-z0-9\-._@ ]+$/,
  password: /^[\x20-\x7E]+$/,
  consumer_key: /^[A-Za-z0-9-]+$/,
  token: /^[A-Za-z0-9\-._@ ]+$/,
};

/** The first parameter value OBP would refuse, in header order: too long, or characters outside its rule. */
export function invalidParameterProblem(parameters: DirectLoginParameters): 'too-long' | 'invalid-characters' | undefined {
  for (const [name, value] of parameters) {
    if (value.length > MAXIMUM_LENGTH) return 'too-long';
    if (!RULES[name].test(value)) return 'invalid-characters';
  }
  return undefined;
}
