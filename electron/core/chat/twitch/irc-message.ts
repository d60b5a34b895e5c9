/** One parsed IRC line (IRCv3 message tags included). */
export interface IrcMessage {
  tags: Record<string, string>;
  /** `nick!user@host` or a server name; null when absent. */
  prefix: string | null;
  /** The nick part of the prefix. */
  nick: string | null;
  command: string;
  params: string[];
}

const TAG_ESCAPES: Record<string, string> = { ':': ';', s: ' ', '\\': '\\', r: '\r', n: '\n' };

/** IRCv3 tag value unescaping: `\:` `\s` `\\` `\r` `\n`; any other escaped char stands for itself; a lone trailing `\` is dropped. */
export function unescapeTagValue(value: string): string {
  if (!value.includes('\\')) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = value[i + 1];
    i++;
    if (next === undefined) break;
    out += TAG_ESCAPES[next] ?? next;
  }
  return out;
}

export function parseTags(raw: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const pair of raw.split(';')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    if (eq === -1) tags[pair] = '';
    else tags[pair.slice(0, eq)] = unescapeTagValue(pair.slice(eq + 1));
  }
  return tags;
}

/** Parses one line (without its terminator); null for a line with no command. */
export function parseIrcLine(line: string): IrcMessage | null {
  let pos = 0;
  let tags: Record<string, string> = {};
  if (line.charCodeAt(0) === 64 /* @ */) {
    const space = line.indexOf(' ');
    if (space === -1) return null;
    tags = parseTags(line.slice(1, space));
    pos = space + 1;
  }
  while (line.charCodeAt(pos) === 32) pos++;
  let prefix: string | null = null;
  if (line.charCodeAt(pos) === 58 /* : */) {
    const space = line.indexOf(' ', pos);
    if (space === -1) return null;
    prefix = line.slice(pos + 1, space);
    pos = space + 1;
  }
  const params: string[] = [];
  let command = '';
  while (pos < line.length) {
    while (line.charCodeAt(pos) === 32) pos++;
    if (pos >= line.length) break;
    if (command && line.charCodeAt(pos) === 58) {
      params.push(line.slice(pos + 1));
      break;
    }
    let space = line.indexOf(' ', pos);
    if (space === -1) space = line.length;
    const word = line.slice(pos, space);
    if (!command) command = word.toUpperCase();
    else params.push(word);
    pos = space + 1;
  }
  if (!command) return null;
  let nick: string | null = null;
  if (prefix) {
    const bang = prefix.indexOf('!');
    nick = bang === -1 ? (prefix.includes('.') ? null : prefix) : prefix.slice(0, bang);
  }
  return { tags, prefix, nick, command, params };
}

/** Makes text safe for one IRC line: no CR/LF/NUL can smuggle a second command. */
export function sanitizeOutgoingText(text: string, maxLength = 500): string {
  return text
    .replace(/[\r\n\0]+/g, ' ')
    .trim()
    .slice(0, maxLength);
}

export function escapeTagValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\:').replace(/ /g, '\\s').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}
