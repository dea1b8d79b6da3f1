import { isObpError } from '@/api/errors';

/**
 * A write the server accepted (2xx) but whose answer the console cannot read is still a write that happened: it is
 * reported as saved (undefined), and the caller's invalidation reads the record again. Retrying would fail (a taken
 * number, a duplicate), so the error must never reach the form.
 */
export async function savedEvenIfUnreadable<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (isObpError(error) && error.code === 'SCHEMA' && error.status >= 200 && error.status < 300) return undefined;
    throw error;
  }
}
