import { describe, expect, it } from 'vitest';
import { requireInspircd } from '../../support/inspircd';

describe('inspircd test support', () => {
  it('a missing server fails with the install command, it does not skip', () => {
    expect(() => requireInspircd('/nonexistent/inspircd')).toThrow(/apt-get install -y inspircd/);
  });
});
