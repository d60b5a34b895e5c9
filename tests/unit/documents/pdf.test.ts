import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT, newPdf, pdfBytes } from '../../../electron/core/documents/pdf';

function pdftotext(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lss-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext failed (install poppler-utils: bash scripts/install.sh): ${String(error)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('newPdf', () => {
  it('writes Polish and Kazakh letters that read back as the same text', async () => {
    const doc = newPdf({ title: 'test', createdAt: new Date(Date.UTC(2026, 10, 27)) });
    doc.font(FONT.bold).text('Zażółć gęślą jaźń ŁÓDŹ');
    doc.font(FONT.regular).text('Қазақ тілі: әңғүұқөһі ӘҢҒҮҰҚӨҺІ — 12 500 ₸');
    const text = pdftotext(await pdfBytes(doc));
    expect(text).toContain('Zażółć gęślą jaźń ŁÓDŹ');
    expect(text).toContain('Қазақ тілі: әңғүұқөһі ӘҢҒҮҰҚӨҺІ — 12 500 ₸');
  });

  it('makes 100 × 150 mm label pages', async () => {
    const doc = newPdf({ size: '100x150', title: 'label', createdAt: new Date(0) });
    doc.text('label');
    const bytes = await pdfBytes(doc);
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 283\.46 425\.2\]/);
  });
});
