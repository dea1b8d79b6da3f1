import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: only characters OBP's DirectLogin parser accepts in a token. */
export const newDirectLoginToken = (): string => randomBytes(32).toString('base64url');

/** Tokens are kept only as this hash, so a copy of the database holds no usable token. */
export const hashDirectLoginToken = (token: string): string => createHash('sha256').update(token).digest('hex');
