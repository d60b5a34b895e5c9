import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dispatchCommand, type Handlers } from '../../../electron/core/server/dispatch';
import { ERROR_MESSAGES, formatErrorMessage, StudioError, type ErrorKey } from '../../../shared/contract';
import en from '../../../shared/i18n/en.json';
import kk from '../../../shared/i18n/kk.json';
import pl from '../../../shared/i18n/pl.json';
import { commandErrorText } from '../../../renderer/lib/use-command';
import { SCHEMA_MESSAGES } from '../../../renderer/lib/core-text';
import { CommandError } from '../../../renderer/lib/studio-client';

/**
 * Every failure the core can send has a stable key (shared/contract/error-messages.ts) and a
 * translation in each UI language (issue 16): this walks the source for the places that make one.
 */
const ROOT = path.resolve(__dirname, '../../..');
const LANGS = { en, pl, kk } as const;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Every key a `StudioError.of(code, key …)` or `keyedError(code, key …)` call names, with where. */
function keysThrown(): { key: string; at: string }[] {
  const found: { key: string; at: string }[] = [];
  for (const file of [...sourceFiles('electron'), ...sourceFiles('shared'), ...sourceFiles('renderer')]) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    if (!/StudioError\.of|keyedError\(|rateLimited\(/.test(text)) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText(sf);
        const keyArg = callee === 'rateLimited' ? 0 : 1; // limits.ts wraps keyedError for its two messages
        if ((callee === 'StudioError.of' || callee === 'keyedError' || callee === 'rateLimited') && node.arguments[keyArg]) {
          const at = `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
          let arg: ts.Node = node.arguments[keyArg];
          // `const key = a ? 'x' : 'y'; StudioError.of(code, key)`: follow the name to its declaration.
          if (ts.isIdentifier(arg)) {
            const name = arg.text;
            let decl: ts.Node | undefined;
            const find = (n: ts.Node) => {
              if (ts.isVariableDeclaration(n) && n.name.getText(sf) === name && n.initializer) decl = n.initializer;
              ts.forEachChild(n, find);
            };
            find(sf);
            if (decl) arg = decl;
          }
          // A wrapper passing its own parameter on (limits.ts rateLimited, StudioError.toJSON): its callers are walked.
          if (ts.isIdentifier(arg) || ts.isPropertyAccessExpression(arg) || ts.isNonNullExpression(arg)) {
            ts.forEachChild(node, visit);
            return;
          }
          const literals: string[] = [];
          // The keys are the branches' strings; a conditional's test compares with strings too (state === 'shipped').
          const collect = (n: ts.Node) => {
            if (ts.isStringLiteral(n)) literals.push(n.text);
            else if (ts.isConditionalExpression(n)) [n.whenTrue, n.whenFalse].forEach(collect);
            else ts.forEachChild(n, collect);
          };
          collect(arg);
          if (literals.length === 0) found.push({ key: `(no literal key: ${arg.getText(sf)})`, at });
          for (const l of literals) found.push({ key: l, at });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('every core error has a key and a translation in every language', () => {
  const thrown = keysThrown();

  it('finds the places that throw (the walk can see them)', () => {
    expect(thrown.length).toBeGreaterThan(150);
    expect(thrown.map((t) => t.key)).toContain('noProductWithId');
  });

  it('no error is made without a key (no `new StudioError(` anywhere in the core, the CLI or shared)', () => {
    // shared/contract/errors.ts is the class itself (its private constructor, used by StudioError.of).
    const offenders = [...sourceFiles('electron'), ...sourceFiles('shared')].filter(
      (f) => f !== path.join('shared', 'contract', 'errors.ts') && /new StudioError\(/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('every key thrown is in the registry', () => {
    expect(thrown.filter((t) => !(t.key in ERROR_MESSAGES)).map((t) => `${t.at} ${t.key}`)).toEqual([]);
  });

  it('every registry key is thrown somewhere (no stale entries)', () => {
    const used = new Set(thrown.map((t) => t.key));
    expect(Object.keys(ERROR_MESSAGES).filter((k) => !used.has(k))).toEqual([]);
  });

  for (const [lang, strings] of Object.entries(LANGS)) {
    it(`${lang} has errors.core.<key> for every key, with the same {{values}}`, () => {
      const core = (strings as { errors: { core: Record<string, string> } }).errors.core;
      const problems: string[] = [];
      for (const [key, english] of Object.entries(ERROR_MESSAGES)) {
        const text = core[key];
        if (typeof text !== 'string' || !text.trim()) problems.push(`missing ${key}`);
        else if (placeholders(text).join() !== placeholders(english).join()) problems.push(`values differ in ${key}: ${text}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('English in the UI is the core’s own English', () => {
    expect(en.errors.core).toEqual(ERROR_MESSAGES);
  });

  it('the walk fails on a key missing from a language (the check can fail)', () => {
    const broken = { ...pl.errors.core } as Record<string, string>;
    delete broken.noProductWithId;
    expect(Object.keys(ERROR_MESSAGES).filter((k) => !(k in broken))).toEqual(['noProductWithId']);
  });
});

/** Every custom message a contract schema gives (`.min(1, 'a title is needed')`, `.refine(f, { message })`). */
function schemaMessages(): { text: string; at: string }[] {
  const CHECKS = new Set([
    'min',
    'max',
    'positive',
    'nonnegative',
    'int',
    'refine',
    'regex',
    'length',
    'email',
    'url',
    'nonempty',
    'gte',
    'lte',
    'gt',
    'lt',
    'check',
  ]);
  const found: { text: string; at: string }[] = [];
  for (const file of sourceFiles(path.join('shared', 'contract'))) {
    const sf = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && CHECKS.has(n.expression.name.text)) {
        const at = `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
        for (const a of n.arguments) {
          if (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) found.push({ text: a.text, at });
          if (ts.isObjectLiteralExpression(a))
            for (const p of a.properties)
              if (ts.isPropertyAssignment(p) && ['message', 'error'].includes(p.name.getText(sf)) && ts.isStringLiteral(p.initializer))
                found.push({ text: p.initializer.text, at });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return found;
}

describe('the contract’s own field messages in every language', () => {
  const messages = schemaMessages();
  it('finds them (the walk can see them)', () => {
    expect(messages.map((m) => m.text)).toContain('a title is needed');
  });
  it('every one has a key in SCHEMA_MESSAGES and errors.schema.<key> in en, pl and kk', () => {
    const problems: string[] = [];
    for (const m of messages) {
      const key = SCHEMA_MESSAGES[m.text];
      if (!key) problems.push(`${m.at}: no key for "${m.text}"`);
      else
        for (const [lang, strings] of Object.entries(LANGS)) {
          const text = (strings as { errors: { schema: Record<string, string> } }).errors.schema[key];
          if (!text) problems.push(`${lang}: missing errors.schema.${key}`);
          else if (lang === 'en' && text !== m.text) problems.push(`en: errors.schema.${key} differs from the schema's "${m.text}"`);
        }
    }
    expect(problems).toEqual([]);
  });
});

describe('a keyed error on the wire and on the screen', () => {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { en: { translation: en }, pl: { translation: pl }, kk: { translation: kk } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const tIn = (lng: string) => i18n.getFixedT(lng) as unknown as (key: string, o?: Record<string, unknown>) => string;

  it('carries the English message for the log and the CLI, the key and its values for the windows', () => {
    const error = StudioError.of('not_found', 'noProductWithId', { productId: 7 });
    expect(error.message).toBe('No product with id 7.');
    expect(error.toJSON()).toEqual({
      code: 'not_found',
      message: 'No product with id 7.',
      key: 'noProductWithId',
      params: { productId: 7 },
    });
    expect(formatErrorMessage('orderCannotBecome' as ErrorKey, { id: 3, to: 'paid', state: 'cancelled' })).toBe(
      'Order 3 cannot become paid: it is cancelled.',
    );
  });

  it('is shown in Polish and Kazakh, states translated too', () => {
    const e = new CommandError(StudioError.of('conflict', 'orderCannotBecome', { id: 3, to: 'paid', state: 'cancelled' }).toJSON());
    expect(commandErrorText(tIn('pl'), e)).toBe(
      `${pl.errors.conflict} Zamówienie 3 nie może przejść w stan „${pl.orders.state.paid}”: ma stan „${pl.orders.state.cancelled}”.`,
    );
    expect(commandErrorText(tIn('kk'), e)).toContain(`«${kk.orders.state.paid}»`);
    expect(commandErrorText(tIn('kk'), e)).not.toMatch(/cannot|cancelled/);
  });

  it('translates a schema’s field issues by their code, in every language', async () => {
    const handlers = { 'x.y': () => ({}) } as unknown as Handlers;
    const { commands } = await import('../../../shared/contract');
    const name = Object.keys(commands).find((k) => {
      const def = commands[k as keyof typeof commands];
      return !def.input.safeParse({}).success && def.roles.includes('host' as never);
    })!;
    const reply = await dispatchCommand(handlers, name, {}, { role: 'host', actor: 'host', tokenId: 1 });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.key).toBe('invalidFor');
    expect(reply.error.issues?.every((i) => typeof i.code === 'string')).toBe(true);
    const pl1 = commandErrorText(tIn('pl'), new CommandError(reply.error));
    expect(pl1).toContain(`Nieprawidłowe dane dla ${name}.`);
    expect(pl1).not.toMatch(/Invalid input|expected|received/);
    const kk1 = commandErrorText(tIn('kk'), new CommandError(reply.error));
    expect(kk1).not.toMatch(/Invalid input|expected|received/);
  });

  it('words a too-short string with its bound', async () => {
    const schema = z.object({ title: z.string().min(3) });
    const r = schema.safeParse({ title: 'a' });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    const e = new CommandError({
      code: 'invalid_input',
      message: 'Invalid input for x.',
      key: 'invalidFor',
      params: { command: 'x' },
      issues: [{ path: 'title', message: issue.message, code: issue.code, params: { origin: 'string', minimum: 3 } }],
    });
    expect(commandErrorText(tIn('pl'), e)).toContain('title: wymaga co najmniej 3 znaków');
    // A schema's own message is its own wording, not zod's: it is kept (and translated where its shape is known).
    const own = new CommandError({
      code: 'invalid_input',
      message: 'Invalid input for x.',
      key: 'invalidFor',
      params: { command: 'x' },
      issues: [{ path: 'title', message: 'a title is needed', code: 'too_small', params: { origin: 'string', minimum: 1 } }],
    });
    expect(commandErrorText(tIn('en'), own)).toContain('title: a title is needed');
    expect(commandErrorText(tIn('pl'), own)).toContain('title: potrzebna jest nazwa');
  });

  it('a keyed error whose detail is the core’s own text (a refused stock change, a product’s checks) is translated part by part', () => {
    const stock = new CommandError(
      StudioError.of('conflict', 'stockRefused', { detail: 'Variant 4 has 2 in stock; cannot take away 5.' }).toJSON(),
    );
    expect(commandErrorText(tIn('pl'), stock)).toBe(`${pl.errors.conflict} Wariant 4 ma na stanie 2; nie można odjąć 5.`);
    const product = new CommandError(
      StudioError.of('invalid_input', 'productInvalid', { detail: 'duplicate variant M / Red; option names must differ' }).toJSON(),
    );
    expect(commandErrorText(tIn('kk'), product)).toContain('қайталанған нұсқа M / Red; опция атаулары әртүрлі болуы керек');
  });
});
