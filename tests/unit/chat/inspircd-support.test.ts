import { describe, expect, it } from 'vitest';
import { requireInspircd, requireInspircdTls } from '../../support/inspircd';
import { requireOpenssl } from '../../support/test-ca';

describe('inspircd test support', () => {
  it('a missing server fails with the install command, it does not skip', () => {
    expect(() => requireInspircd('/nonexistent/inspircd')).toThrow(/apt-get install -y inspircd/);
  });

  it('a missing TLS module or openssl fails with what to install, it does not skip', () => {
    expect(() => requireInspircdTls('/nonexistent/m_ssl_gnutls.so')).toThrow(/TLS module is not installed.*apt-get install -y inspircd/);
    expect(() => requireOpenssl('/nonexistent/openssl')).toThrow(/apt-get install -y openssl/);
  });
});
