import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { onIrcLines } from './irc-lines';
import type { ServerCertificate } from './test-ca';
import { tempDir } from './temp-db';
import { REAL_COMPONENT_WAIT_MS } from './waits';

/**
 * Debian's InspIRCd on loopback with a throwaway config (see the team's twitch-irc-peer notes):
 * server name tmi.twitch.tv, IRCv3 modules, flood limits off, 4 KiB lines.
 * kill() and restart() let a test take the server away under a connected client.
 */
export const INSPIRCD_BINARY = process.env.INSPIRCD_BINARY ?? '/usr/sbin/inspircd';

/** InspIRCd's TLS module (GnuTLS), shipped in Debian's inspircd package. */
export const INSPIRCD_TLS_MODULE = process.env.INSPIRCD_TLS_MODULE ?? '/usr/lib/inspircd/modules/m_ssl_gnutls.so';

export interface Inspircd {
  host: string;
  /** The plain-TCP port (the test side's own clients use it). */
  port: number;
  /** One TLS port per certificate given to startInspircd, in the same order. */
  tlsPorts: number[];
  /** Kills the server process outright (SIGKILL): clients see their sockets reset. */
  kill(): Promise<void>;
  /** Starts it again on the same port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  log(): string;
}

/** Fails loudly (never a quiet skip) when the server binary is missing. */
export function requireInspircd(binary = INSPIRCD_BINARY): void {
  if (!fs.existsSync(binary)) {
    throw new Error(
      `InspIRCd is not installed (${binary} missing). The chat integration tests need a real IRC server: ` +
        'run `apt-get install -y inspircd` (Debian package), or set INSPIRCD_BINARY.',
    );
  }
}

/** Fails loudly when InspIRCd's TLS module is missing. */
export function requireInspircdTls(module = INSPIRCD_TLS_MODULE): void {
  requireInspircd();
  if (!fs.existsSync(module)) {
    throw new Error(
      `InspIRCd's TLS module is not installed (${module} missing). The TLS chat tests need it: ` +
        'run `apt-get install -y inspircd` (Debian ships m_ssl_gnutls in it), or set INSPIRCD_TLS_MODULE.',
    );
  }
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function tlsConfig(host: string, listeners: { port: number; cert: ServerCertificate }[]): string {
  if (listeners.length === 0) return '';
  const profiles = listeners.map(
    ({ port, cert }, i) => `
<sslprofile name="tls${i}" provider="gnutls" certfile="${cert.certFile}" keyfile="${cert.keyFile}" cafile="" crlfile="" dhfile=""
            hash="sha256" requestclientcert="no">
<bind address="${host}" port="${port}" type="clients" sslprofile="tls${i}">`,
  );
  return `<module name="ssl_gnutls">\n${profiles.join('\n')}`;
}

function config(dir: string, host: string, port: number, tls: { port: number; cert: ServerCertificate }[]): string {
  const modules = ['cap', 'ircv3', 'ircv3_ctctags', 'ircv3_msgid', 'ircv3_servertime', 'ircv3_echomessage', 'ircv3_batch', 'sha1'];
  return `
<server name="tmi.twitch.tv" description="Live Shopping Studio test peer" network="StudioTest">
<admin name="test" nick="test" email="test@localhost">
<bind address="${host}" port="${port}" type="clients">
<connect allow="${host}" timeout="60" pingfreq="120" threshold="1000000" commandrate="100000000" fakelag="no"
         recvq="64M" softsendq="64M" hardsendq="256M" localmax="1000" globalmax="1000"
         resolvehostnames="no" useident="no">
<performance netbuffersize="65534">
<limits maxline="4096">
<dns server="127.0.0.1" timeout="1">
<pid file="${path.join(dir, 'inspircd.pid')}">
<log method="file" type="* -USERINPUT -USEROUTPUT" level="default" target="${path.join(dir, 'inspircd.log')}">
<options prefixquit="Quit: " syntaxhints="no">
<security hideserver="" userstats="Pu" maxtargets="20">
${modules.map((m) => `<module name="${m}">`).join('\n')}
${tlsConfig(host, tls)}
`;
}

async function waitForPort(host: string, port: number, timeoutMs: number, child: ChildProcess, logFile: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`inspircd exited with ${child.exitCode}:\n${logFile()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host, port }, () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`inspircd did not listen on ${host}:${port} within ${timeoutMs} ms:\n${logFile()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * `tls`: certificates to serve, each on a TLS port of its own (see tests/support/test-ca.ts), beside
 * the plain port; a certificate made for another name gives a port whose name check must fail.
 */
export async function startInspircd(options: { host?: string; port?: number; tls?: ServerCertificate[] } = {}): Promise<Inspircd> {
  requireInspircd();
  if (options.tls?.length) requireInspircdTls();
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  const tls: { port: number; cert: ServerCertificate }[] = [];
  for (const cert of options.tls ?? []) tls.push({ port: await freePort(host), cert });
  const dir = tempDir('studio-inspircd-');
  const conf = path.join(dir, 'inspircd.conf');
  fs.writeFileSync(conf, config(dir, host, port, tls));
  let child: ChildProcess | null = null;
  let output = '';
  const log = () => {
    const file = path.join(dir, 'inspircd.log');
    return `${output}${fs.existsSync(file) ? fs.readFileSync(file, 'utf8').slice(-4000) : ''}`;
  };

  const launch = async () => {
    output = '';
    const args = [`--config=${conf}`, '--nofork'];
    if (process.getuid?.() === 0) args.push('--runasroot');
    const proc = spawn(INSPIRCD_BINARY, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child = proc;
    for (const p of [port, ...tls.map((t) => t.port)]) await waitForPort(host, p, REAL_COMPONENT_WAIT_MS, proc, log);
  };

  const kill = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });
  };

  await launch();
  return {
    host,
    port,
    tlsPorts: tls.map((t) => t.port),
    kill,
    restart: launch,
    stop: async () => {
      await kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    log,
  };
}

/** A plain IRC client for the test side: registers, joins, and posts lines into the channel. */
export async function ircClient(host: string, port: number, nick: string, channel: string) {
  const socket = net.connect({ host, port });
  socket.setNoDelay(true);
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  onIrcLines(socket, (line) => {
    if (line.startsWith('PING')) socket.write(`PONG${line.slice(4)}\r\n`);
    for (const w of [...waiters]) {
      if (w.re.test(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const waitFor = (re: RegExp, ms = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`irc client ${nick}: no line matching ${re}`)), ms);
      waiters.push({ re, resolve: () => (clearTimeout(t), resolve()) });
    });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const welcomed = waitFor(/ 001 /);
  socket.write(`NICK ${nick}\r\nUSER ${nick} 0 * :${nick}\r\n`);
  await welcomed;
  const joined = waitFor(/ 366 /);
  socket.write(`JOIN #${channel}\r\n`);
  await joined;
  return {
    waitFor,
    say: (text: string) => socket.write(`PRIVMSG #${channel} :${text}\r\n`),
    raw: (line: string) => socket.write(`${line}\r\n`),
    close: () => socket.destroy(),
  };
}
