// The emails the product really sent: its worker hands each to an SMTP server, which under the browser tests is the
// receiver of `npm start` writing one .eml file per message into the stack's mail folder (`inject('mailDir')`).
// Tests wait for a person's email, read it, and follow its link in Chromium as the person would.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { subjectOf, textOf } from '../../../api/test/support/mail-parts';

export interface SentEmail {
  /** Its file in the mail folder. */
  file: string;
  to: string;
  subject: string;
  /** The text part, decoded. */
  text: string;
}

function read(file: string): SentEmail {
  const raw = fs.readFileSync(file, 'utf8');
  const to = /^To:\s*(.*)$/im.exec(raw)?.[1]?.trim() ?? '';
  return { file, to: to.replace(/^.*<([^>]+)>.*$/, '$1'), subject: subjectOf(raw), text: textOf(raw) };
}

/** Every email sent to `address` so far, oldest first (file names start with the time they arrived). */
export function emailsTo(mailDir: string, address: string): SentEmail[] {
  if (!fs.existsSync(mailDir)) return [];
  return fs
    .readdirSync(mailDir)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => read(path.join(mailDir, name)))
    .filter((email) => email.to.toLowerCase() === address.toLowerCase());
}

/** Waits for the `count`th email to `address` (the worker sends within seconds) and returns it. */
export async function waitForEmail(mailDir: string, address: string, count = 1): Promise<SentEmail> {
  await expect
    .poll(() => emailsTo(mailDir, address).length, {
      timeout: 60_000,
      interval: 250,
      message: `email ${count} to ${address}`,
    })
    .toBeGreaterThanOrEqual(count);
  return emailsTo(mailDir, address)[count - 1]!;
}

/** The email's link to a page of the dashboard (e.g. /accept-invitation), as a full address. */
export function linkIn(email: SentEmail, pathname: string): URL {
  const found = email.text
    .split(/\s+/)
    .map((word) => word.replace(/^<|>$/g, ''))
    .find((word) => /^https?:\/\//.test(word) && new URL(word).pathname === pathname);
  if (!found) throw new Error(`No link to ${pathname} in the email "${email.subject}":\n${email.text}`);
  return new URL(found);
}

/**
 * Waits for the `count`th email to `address`, opens its link to `pathname` in `page` and returns the email. The
 * invite → email → accept journey of any test: `await followEmailLink(page, mailDir, address, '/accept-invitation')`.
 */
export async function followEmailLink(
  page: Page,
  mailDir: string,
  address: string,
  pathname: string,
  count = 1,
): Promise<SentEmail> {
  const email = await waitForEmail(mailDir, address, count);
  await page.goto(linkIn(email, pathname).toString());
  return email;
}
