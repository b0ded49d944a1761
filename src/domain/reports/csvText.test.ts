import { csvText } from './csvText';

describe('csvText', () => {
  it('quotes fields with commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(csvText([['a,b', 'say "hi"', 'two\nlines', 3, null]])).toBe(
      '"a,b","say ""hi""","two\nlines",3,\r\n',
    );
  });

  it('defuses cells a spreadsheet would read as formulas', () => {
    expect(csvText([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'ok']])).toBe(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),ok\r\n`,
    );
  });
});
