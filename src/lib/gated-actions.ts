import type { ReactNode } from 'react';
import type { Permission } from './permissions';

/** What the sorting needs of a permission: OBP's (`Permission`) and Customer Desk's (`DeskPermission`) both fit. */
export type Gate = { allowed: boolean; pending?: boolean };

/** Whether the user can never take this action here: refused by roles that are known, not merely still loading. */
export const neverAllowed = (gate: Gate): boolean => !gate.allowed && gate.pending !== true;

/** One action of a section: its name (as listed among the unavailable ones) and the permission it needs. */
export type GatedAction<P extends Gate = Permission> = { label: ReactNode; permission: P };

export type SortedActions<K extends string, P extends Gate> = {
  /**
   * Whether the action's button is drawn: allowed, or not known yet (roles loading — then disabled, saying so). A
   * button that is drawn keeps its own temporary reasons to be disabled (a form invalid, one handle already kept).
   */
  shown: Record<K, boolean>;
  /** The actions the user can never take, in the order given: listed once, in `UnavailableActions`. */
  unavailable: GatedAction<P>[];
};

/**
 * Sorts a section's actions into those drawn as buttons and those grouped away, so that a user whose roles never allow
 * an action sees no wall of disabled buttons for it, only one closed "N actions unavailable" note naming the roles.
 * An action given as `false` is not offered here at all (a backend without it, a server that does not serve it): not
 * drawn, not listed.
 */
export function sortActions<K extends string, P extends Gate>(actions: Record<K, GatedAction<P> | false>): SortedActions<K, P> {
  const shown = {} as Record<K, boolean>;
  const unavailable: GatedAction<P>[] = [];
  for (const key of Object.keys(actions) as K[]) {
    const action = actions[key];
    shown[key] = action !== false && !neverAllowed(action.permission);
    if (action !== false && neverAllowed(action.permission)) unavailable.push(action);
  }
  return { shown, unavailable };
}
