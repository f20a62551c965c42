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

/** The text/plain part of an email, decoded (quoted-printable, base64 or plain 7/8-bit). */
export function textOf(raw: string): string {
  const lines = raw.split(/\r?\n/);
  const start = lines.findIndex((line) => /^content-type:\s*text\/plain/i.test(line));
  if (start < 0) throw new Error(`The email has no text part:\n${raw.slice(0, 2_000)}`);
  const blank = lines.indexOf('', start);
  const headers = lines.slice(start, blank).join('\n');
  const end = lines.findIndex((line, index) => index > blank && line.startsWith('--'));
  const body = lines.slice(blank + 1, end < 0 ? undefined : end);
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.join(''), 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body.join('\n');
  // Soft line breaks (a trailing '=') join lines; =XX are bytes of UTF-8.
  const joined = body.map((line) => (line.endsWith('=') ? line.slice(0, -1) : `${line}\n`)).join('');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The first link in an email's text that starts with `prefix` (e.g. https://host/accept-invitation). */
export function linkIn(raw: string, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`${escaped}\\S*`).exec(textOf(raw))?.[0];
  if (!link) throw new Error(`No link starting ${prefix} in:\n${textOf(raw)}`);
  return link;
}
