import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface PdfText {
  /** Each page's text, as PDF.js extracts it. */
  pages: string[];
  title: string | null;
}

/** The text of a PDF, page by page, read by PDF.js in a Node process of its own (see pdf-text.mjs). */
export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const folder = await mkdtemp(join(tmpdir(), 'prepcom-pdf-'));
  try {
    const file = join(folder, 'report.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, 'pdf-text.mjs'), file], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as PdfText;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
