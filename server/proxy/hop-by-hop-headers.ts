import type { IncomingHttpHeaders } from 'node:http';

/**
 * Headers that describe one connection, not the message (RFC 9110 §7.6.1, plus the de-facto `proxy-connection` and
 * `keep-alive`): a proxy never forwards them, nor any header the `Connection` header names.
 */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

export type Headers = Record<string, string | string[] | number | undefined>;

/** A copy of `headers` without the hop-by-hop ones; names are compared case-insensitively. */
export function withoutHopByHopHeaders<Input extends Headers | IncomingHttpHeaders>(headers: Input): Headers {
  const connection = headers.connection ?? headers.Connection;
  const listed = new Set(
    (Array.isArray(connection) ? connection.join(',') : typeof connection === 'string' ? connection : '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ''),
  );
  const kept: Headers = {};
  for (const [name, value] of Object.entries(headers)) {
    const lowerCase = name.toLowerCase();
    if (!HOP_BY_HOP.has(lowerCase) && !listed.has(lowerCase)) kept[name] = value;
  }
  return kept;
}
