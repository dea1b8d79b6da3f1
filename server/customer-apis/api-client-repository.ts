import type { SandboxDatabase } from '../database/sandbox-database';

/** OAuth2 clients (OpenWealth / bLink) with their hashed secrets and tokens; JWT clients (bankingservice.ai) with their public keys. */
export type OAuthClientRecord = { clientId: string; secretHash: string; bankId: string; name: string };
export type OAuthTokenRecord = { tokenHash: string; clientId: string; createdAt: number; expiresAt: number };
export type JwtClientRecord = { clientId: string; name: string; publicKey: string };

export type ApiClientRepository = ReturnType<typeof createApiClientRepository>;

export function createApiClientRepository(database: SandboxDatabase) {
  const insertClient = database.prepare('INSERT INTO oauth_clients (client_id, secret_hash, bank_id, name, created_at) VALUES (?, ?, ?, ?, ?)');
  const clientById = database.prepare<[string], { client_id: string; secret_hash: string; bank_id: string; name: string }>(
    'SELECT client_id, secret_hash, bank_id, name FROM oauth_clients WHERE client_id = ?',
  );
  const insertToken = database.prepare('INSERT INTO oauth_access_tokens (token_hash, client_id, created_at, expires_at) VALUES (?, ?, ?, ?)');
  const tokenByHash = database.prepare<[string], { token_hash: string; client_id: string; created_at: number; expires_at: number }>(
    'SELECT token_hash, client_id, created_at, expires_at FROM oauth_access_tokens WHERE token_hash = ?',
  );
  const deleteExpired = database.prepare('DELETE FROM oauth_access_tokens WHERE expires_at <= ?');
  const insertJwtClient = database.prepare('INSERT INTO jwt_clients (client_id, name, public_key, created_at) VALUES (?, ?, ?, ?)');
  const jwtClientById = database.prepare<[string], { client_id: string; name: string; public_key: string }>(
    'SELECT client_id, name, public_key FROM jwt_clients WHERE client_id = ?',
  );

  return {
    createOAuthClient(client: OAuthClientRecord, createdAt: string): void {
      insertClient.run(client.clientId, client.secretHash, client.bankId, client.name, createdAt);
    },
    findOAuthClient(clientId: string): OAuthClientRecord | undefined {
      const row = clientById.get(clientId);
      return row && { clientId: row.client_id, secretHash: row.secret_hash, bankId: row.bank_id, name: row.name };
    },
    saveToken(token: OAuthTokenRecord): void {
      insertToken.run(token.tokenHash, token.clientId, token.createdAt, token.expiresAt);
    },
    findToken(tokenHash: string): OAuthTokenRecord | undefined {
      const row = tokenByHash.get(tokenHash);
      return row && { tokenHash: row.token_hash, clientId: row.client_id, createdAt: row.created_at, expiresAt: row.expires_at };
    },
    deleteExpiredTokens(now: number): void {
      deleteExpired.run(now);
    },
    createJwtClient(client: JwtClientRecord, createdAt: string): void {
      insertJwtClient.run(client.clientId, client.name, client.publicKey, createdAt);
    },
    findJwtClient(clientId: string): JwtClientRecord | undefined {
      const row = jwtClientById.get(clientId);
      return row && { clientId: row.client_id, name: row.name, publicKey: row.public_key };
    },
  };
}
