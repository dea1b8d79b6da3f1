import type { DeskRole } from '@/api/schemas/desk-operations';
import type { SandboxDatabase } from '../database/sandbox-database';
import { createDirectLoginTokenRepository } from '../repositories/direct-login-token-repository';
import { createLoginAttemptRepository } from '../repositories/login-attempt-repository';

export type DeskStaffMember = { userId: string; username: string; displayName: string; passwordHash: string; roles: DeskRole[] };

/**
 * Customer Desk's staff accounts (migration 70), apart from the sandbox's OBP users. Sessions and sign-in attempts
 * reuse DirectLogin's repositories over their own tables, so the rules are the same code.
 */
export function createDeskStaffRepository(database: SandboxDatabase) {
  const byUsername = database.prepare<[string], { user_id: string; username: string; display_name: string; password_hash: string }>(
    'SELECT user_id, username, display_name, password_hash FROM desk_staff WHERE username = ?',
  );
  const byId = database.prepare<[string], { user_id: string; username: string; display_name: string; password_hash: string }>(
    'SELECT user_id, username, display_name, password_hash FROM desk_staff WHERE user_id = ?',
  );
  const rolesOf = database.prepare<[string], string>('SELECT role_name FROM desk_staff_roles WHERE user_id = ? ORDER BY role_name').pluck();
  const insert = database.prepare('INSERT INTO desk_staff (user_id, username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)');
  const grant = database.prepare('INSERT OR IGNORE INTO desk_staff_roles (user_id, role_name) VALUES (?, ?)');
  const count = database.prepare<[], number>('SELECT count(*) FROM desk_staff').pluck();

  const member = (row: { user_id: string; username: string; display_name: string; password_hash: string } | undefined): DeskStaffMember | undefined =>
    row && { userId: row.user_id, username: row.username, displayName: row.display_name, passwordHash: row.password_hash, roles: rolesOf.all(row.user_id) as DeskRole[] };

  return {
    findByUsername: (username: string) => member(byUsername.get(username)),
    findById: (userId: string) => member(byId.get(userId)),
    count: () => count.get()!,
    create(staff: { userId: string; username: string; displayName: string; passwordHash: string; roles: readonly DeskRole[] }, createdAt: string): void {
      insert.run(staff.userId, staff.username, staff.displayName, staff.passwordHash, createdAt);
      for (const role of staff.roles) grant.run(staff.userId, role);
    },
    sessions: createDirectLoginTokenRepository(database, 'desk_sessions'),
    attempts: createLoginAttemptRepository(database, 'desk_login_attempts'),
  };
}
export type DeskStaffRepository = ReturnType<typeof createDeskStaffRepository>;
