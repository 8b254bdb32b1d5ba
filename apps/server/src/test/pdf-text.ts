import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Extracts a PDF's text with poppler's pdftotext, as a reader's tools would. */
export function pdfText(bytes: Buffer | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'motcua-pdf-')), 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
