import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A throwaway certificate authority made with the real `openssl` for TLS tests: a CA, and server
 * certificates it signs for the names a test asks for. Clients under test trust `caFile` (added
 * to the usual roots), never a switch that turns verification off.
 */
export const OPENSSL_BINARY = process.env.OPENSSL_BINARY ?? '/usr/bin/openssl';

/** Fails loudly (never a quiet skip) when openssl is missing. */
export function requireOpenssl(binary = OPENSSL_BINARY): void {
  if (!fs.existsSync(binary)) {
    throw new Error(
      `openssl is not installed (${binary} missing). The TLS tests make their certificates with it: ` +
        'run `apt-get install -y openssl` (or scripts/install.sh), or set OPENSSL_BINARY.',
    );
  }
}

export interface ServerCertificate {
  certFile: string;
  keyFile: string;
}

export interface TestCa {
  dir: string;
  caFile: string;
  /** PEM text of the CA certificate. */
  caPem: string;
  /** A server certificate signed by this CA for the given DNS names and IP addresses. */
  issue(name: string, altNames: { dns?: string[]; ip?: string[] }): ServerCertificate;
}

function openssl(args: string[], cwd: string): void {
  execFileSync(OPENSSL_BINARY, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

export function createTestCa(dir: string): TestCa {
  requireOpenssl();
  fs.mkdirSync(dir, { recursive: true });
  // prettier-ignore
  openssl(['req', '-x509', ...EC_KEY, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Live Shopping Studio test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  const caFile = path.join(dir, 'ca.pem');
  return {
    dir,
    caFile,
    caPem: fs.readFileSync(caFile, 'utf8'),
    issue(name, altNames) {
      const san = [...(altNames.dns ?? []).map((d) => `DNS:${d}`), ...(altNames.ip ?? []).map((ip) => `IP:${ip}`)].join(',');
      fs.writeFileSync(
        path.join(dir, `${name}.ext`),
        `basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=${san}\n`,
      );
      openssl(['req', ...EC_KEY, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`], dir);
      // prettier-ignore
      openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2',
        '-out', `${name}.pem`, '-extfile', `${name}.ext`], dir);
      return { certFile: path.join(dir, `${name}.pem`), keyFile: path.join(dir, `${name}.key`) };
    },
  };
}
