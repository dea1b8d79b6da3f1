import { describe, expect, it } from 'vitest';
import { versionsServing } from './obp-routes';

describe('versionsServing', () => {
  it('serves an endpoint from its version up to the newest', () => {
    expect(versionsServing({ implementedIn: 'v3.1.0' })).toEqual(['v3.1.0', 'v4.0.0', 'v5.0.0', 'v5.1.0']);
    expect(versionsServing({ implementedIn: 'v5.1.0' })).toEqual(['v5.1.0']);
    expect(versionsServing({ implementedIn: 'v2.0.0', servedUntil: 'v3.1.0' })).toEqual(['v2.0.0', 'v2.1.0', 'v2.2.0', 'v3.0.0', 'v3.1.0']);
  });
});
