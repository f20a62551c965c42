import MailComposer from 'nodemailer/lib/mail-composer';
import { Mailer } from './mailer';

const FROM = 'PrepCom <noreply@prepcom.example>';
const content = {
  subject: 'Décision : la matière « Règlement intérieur » est adoptée',
  text: 'La matière a été adoptée à la séance du 3 mars.\n\nhttps://prepcom.example/matters/1\n',
  html: '<p>La matière a été adoptée à la séance du 3 mars.</p><p><a href="https://prepcom.example/matters/1">lien</a></p>',
};

/** A built message without what differs between two builds of it: its Date and its MIME boundaries. */
function comparable(raw: Buffer): string {
  const text = raw.toString('latin1');
  const boundaries = [...text.matchAll(/boundary="?([^"\r\n;]+)"?/g)].map((match) => match[1]!);
  return boundaries
    .reduce((result, boundary, index) => result.split(boundary).join(`BOUNDARY${index}`), text)
    .replace(/\r\nDate: [^\r\n]+/, '\r\nDate: DATE');
}

describe('a letter: one message built once for many people', () => {
  // No connection is opened: nothing is sent.
  const mailer = new Mailer('smtp://127.0.0.1:1', FROM, 1);
  afterAll(() => mailer.close());

  it('gives each person the bytes a message built for them alone would have, with their To and Message-ID', async () => {
    const letter = await mailer.letter(content);
    for (const [to, messageId] of [
      ['party@test.example', '<event-12.4f1c@prepcom>'],
      ['co-chair@test.example', '<event-12.9a0e@prepcom>'],
    ] as const) {
      const alone = new MailComposer({ from: FROM, to, messageId, ...content }).compile();
      const built = letter.for(to, messageId)!;
      expect(built.envelope).toEqual(alone.getEnvelope());
      expect(comparable(built.raw)).toBe(comparable(await alone.build()));
    }
  });

  it('leaves an address that must be encoded to a message built whole', async () => {
    const letter = await mailer.letter(content);
    expect(letter.for('josé@exemple.fr', '<event-12.4f1c@prepcom>')).toBeNull();
  });
});
