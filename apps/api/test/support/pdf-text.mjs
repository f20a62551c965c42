// Prints the text of each page of the PDF at argv[2] as a JSON array, read with PDF.js (Mozilla's reader). A script
// of its own because PDF.js is an ES module and Jest runs the tests as CommonJS.
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(await readFile(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number += 1) {
  const page = await pdf.getPage(number);
  const { items } = await page.getTextContent();
  // Items on one line are joined with a space, lines with a newline.
  pages.push(items.map((item) => `${item.str}${item.hasEOL ? '\n' : ''}`).join(' '));
}
const metadata = await pdf.getMetadata();
process.stdout.write(
  JSON.stringify({ pages, title: metadata.info.Title ?? null, language: metadata.info.Lang ?? null }),
);
