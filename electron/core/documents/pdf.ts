import path from 'node:path';
import PDFDocument from 'pdfkit';
import { appRoot } from '../app-root';

/**
 * The one way the studio makes a PDF (invoices, pro-formas, packing slips, pick lists, the
 * report): pdfkit from plain Node — the CLI and the headless studio have no browser — with
 * DejaVu Sans shipped in resources/fonts, which covers Polish, Kazakh and Cyrillic letters
 * (pdfkit's built-in Helvetica has no Cyrillic and would print boxes).
 */

export const PAGE_SIZES = {
  a4: 'A4',
  /** 100 × 150 mm thermal labels, in PDF points (1 mm = 72 / 25.4 pt). */
  '100x150': [283.46, 425.2],
} as const;
export type PageSize = keyof typeof PAGE_SIZES;

export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

export interface NewPdfOptions {
  size?: PageSize;
  margin?: number;
  title: string;
  /** Fixed creation date so the same input gives the same bytes (tests, reproducible exports). */
  createdAt: Date;
}

export function newPdf({ size = 'a4', margin = 40, title, createdAt }: NewPdfOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: PAGE_SIZES[size] as string | number[],
    margin,
    info: { Title: title, Producer: 'Live Shopping Studio', Creator: 'Live Shopping Studio', CreationDate: createdAt },
    autoFirstPage: true,
    bufferPages: false,
  });
  const fonts = path.join(appRoot(), 'resources', 'fonts');
  doc.registerFont(FONT.regular, path.join(fonts, 'DejaVuSans.ttf'));
  doc.registerFont(FONT.bold, path.join(fonts, 'DejaVuSans-Bold.ttf'));
  doc.font(FONT.regular);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
