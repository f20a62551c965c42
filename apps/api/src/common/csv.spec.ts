import { csvDocument } from './csv';

describe('csvDocument', () => {
  it('quotes per RFC 4180 and ends lines with CRLF', () => {
    expect(
      csvDocument(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          [null, new Date('2003-09-19T12:00:00Z')],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n,2003-09-19T12:00:00.000Z\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['+1+cmd|calc', `"'+1+cmd|calc"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('neutralises a cell a spreadsheet would run: %j', (value, cell) => {
    expect(csvDocument(['v'], [[value]])).toBe(`v\r\n${cell}\r\n`);
  });

  it('leaves numbers, signed or not, and ordinary text alone', () => {
    expect(csvDocument(['v'], [[-5], ['-5'], ['+41.5'], ['Venue'], [{ a: 1 }]])).toBe(
      'v\r\n-5\r\n-5\r\n+41.5\r\nVenue\r\n"{""a"":1}"\r\n',
    );
  });
});
