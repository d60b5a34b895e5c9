import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BuyerName, ChatText, Isolated, isolateText } from '../../../renderer/widgets/Isolated';

/**
 * Issue 18: text from outside the studio is isolated on every screen of the host window and the
 * console, through one component (renderer/widgets/Isolated.tsx), so a right-to-left override
 * (U+202E) in a buyer's name cannot flip the label or the numbers beside it.
 */
const ROOT = path.resolve(__dirname, '../../..');
const RLO = '\u202E';
const HOSTILE = `${RLO}Anna 5 szt`;

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return rel === path.join('renderer', 'overlay') ? [] : tsxFiles(rel);
    return e.name.endsWith('.tsx') ? [rel] : [];
  });
}

/** JSX children whose expression names outside text (…name, …title, …text, …note …) rendered outside an isolating element. */
function bareOutsideText(file: string): string[] {
  const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const OUTSIDE = /(^|\.)(name|title|text|buyerName|customerName|productTitle|note|notes|displayName|author|buyer|customer|comment)$/;
  const found: string[] = [];
  const visit = (node: ts.Node, inside: boolean) => {
    if (ts.isJsxElement(node) && ['Isolated', 'BuyerName', 'ChatText', 'bdi', 'option'].includes(node.openingElement.tagName.getText(sf)))
      inside = true;
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent) && !inside) {
      const e = node.expression.getText(sf).replace(/\?\./g, '.').replace(/!$/, '');
      if (OUTSIDE.test(e)) found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${e}`);
    }
    ts.forEachChild(node, (c) => visit(c, inside));
  };
  visit(sf, false);
  return found;
}

/**
 * Reviewed: these render the studio's own words, never outside text (a deal line's translated
 * phrase, a chat line's emote/part inside MessageText's isolated wrapper, the parser's reason, a
 * section's translated title, an alert already built with isolateText, a dialog's translated title).
 */
const REVIEWED = new Set([
  'renderer/screens/on-stream/FeaturedPrice.tsx: text',
  'renderer/screens/chat-feed/ChatMessageRow.tsx: text',
  'renderer/screens/parser-review/ParserReviewPanel.tsx: parse.reason',
  'renderer/screens/import/ImportScreen.tsx: title',
  'renderer/screens/alerts/LiveAlerts.tsx: a.text',
  'renderer/widgets/Dialog.tsx: title',
  'renderer/screens/packing/PackingQueue.tsx: title', // a group's translated heading
]);

describe('bidi isolation of outside text (host window and console)', () => {
  it('BuyerName, ChatText and Isolated put the text inside one <bdi>, as written', () => {
    expect(renderToStaticMarkup(createElement(BuyerName, { name: HOSTILE }))).toBe(`<bdi class="isolated buyer-name">${HOSTILE}</bdi>`);
    expect(renderToStaticMarkup(createElement(ChatText, { text: HOSTILE }))).toBe(`<bdi class="isolated chat-words">${HOSTILE}</bdi>`);
    expect(renderToStaticMarkup(createElement(Isolated, { className: 'x', children: HOSTILE }))).toBe(
      `<bdi class="isolated x">${HOSTILE}</bdi>`,
    );
  });

  it('isolateText wraps a value placed inside a translated sentence in FSI … PDI', () => {
    expect(isolateText(HOSTILE)).toBe(`\u2068${HOSTILE}\u2069`);
  });

  it('no screen writes its own <bdi>: they all use the one component', () => {
    const raw = tsxFiles('renderer').filter(
      (f) => f !== path.join('renderer', 'widgets', 'Isolated.tsx') && /<bdi[\s>]/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(raw).toEqual([]);
  });

  it('no screen renders a name, title, text or note bare', () => {
    const bare = tsxFiles('renderer')
      .flatMap(bareOutsideText)
      .filter((hit) => !REVIEWED.has(hit.replace(/:\d+:/, ':')));
    expect(bare).toEqual([]);
  });

  it('the walk finds a bare name (the check can fail)', () => {
    const file = path.join('tests', 'unit', 'renderer', '__bidi_probe__.tsx');
    fs.writeFileSync(
      path.join(ROOT, file),
      'export const P = ({ o }: { o: { buyer: { name: string } } }) => <span>{o.buyer.name}</span>;\n',
    );
    try {
      expect(bareOutsideText(file)).toEqual([`${file}:1: o.buyer.name`]);
    } finally {
      fs.unlinkSync(path.join(ROOT, file));
    }
  });
});
