import { tableCsv, type TableModel } from './table';

describe('CSV of a report table', () => {
  it('holds the raw values under the headers, quoting what needs it and defusing formulas', () => {
    const table: TableModel<{ name: string; ms: number | null }> = {
      caption: 'c',
      fileName: 'f',
      rowKey: (r) => r.name,
      columns: [
        { header: 'Team', text: (r) => r.name },
        { header: 'Median (ms)', text: () => 'shown', raw: (r) => r.ms, numeric: true },
      ],
      rows: [
        { name: 'Blue, "A"', ms: 3_600_000 },
        { name: '=cmd()', ms: null },
        { name: 'two\nlines', ms: 0 },
      ],
    };
    expect(tableCsv(table)).toBe(
      'Team,Median (ms)\r\n"Blue, ""A""",3600000\r\n\'=cmd(),\r\n"two\nlines",0\r\n',
    );
  });
});
