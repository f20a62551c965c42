/**
 * Reads the parts of a caught email that tests look at, from its raw text as the SMTP server received it: enough
 * MIME for what our mailer writes, not a general parser.
 */

/** The Subject header, its encoded words (RFC 2047) decoded. */
export function subjectOf(raw: string): string {
  const header = /^Subject:(.*(?:\r?\n[ \t].*)*)/im.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?') // whitespace between encoded words is not part of the text
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQ(text),
    )
    .trim();
}

function decodeQ(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '=') {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text[i] === '_' ? 0x20 : text.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The body of the attachment with this content type (base64 as our mailer sends attachments), or null. */
export function attachmentOf(raw: string, contentType: string): string | null {
  const lines = raw.split(/\r?\n/);
  const start = lines.findIndex((line) => line.toLowerCase().startsWith(`content-type: ${contentType}`));
  if (start < 0) return null;
  const body = lines.indexOf('', start);
  const end = lines.findIndex((line, index) => index > body && line.startsWith('--'));
  return Buffer.from(lines.slice(body + 1, end).join(''), 'base64').toString('utf8');
}
