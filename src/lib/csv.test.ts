import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv';

describe('CSV files', () => {
  it('quotes what needs quoting, ends lines with CRLF and starts with a byte-order mark', async () => {
    const csv = await toCsv(['Name', 'Note'], [['Tripman, Eveline', 'said "hello"\nthen left'], ['李雷', '']]);
    expect(csv).toBe('\uFEFFName,Note\r\n"Tripman, Eveline","said ""hello""\nthen left"\r\n李雷,\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula, and leaves phone numbers alone', async () => {
    const csv = await toCsv(['Cell'], [['=HYPERLINK("http://x")'], ['+cmd|calc'], ['-2+3+cmd|x'], ['@SUM(A1)'], ['+44 7911 123456'], ['-12.50'], ['(020) 7946']]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      `"'+cmd|calc"`,
      `"'-2+3+cmd|x"`,
      `"'@SUM(A1)"`,
      '+44 7911 123456',
      '-12.50',
      '(020) 7946',
    ]);
  });

  it('names the file after what it holds and the day, without characters a file system refuses', () => {
    expect(csvFileName(['customers', 'gh.29.uk', '%44%'], new Date('2026-12-01T10:00:00Z'))).toBe('customers-gh.29.uk-44-2026-12-01.csv');
    expect(csvFileName(['timeline', 'Eveline Tripman'], new Date('2026-12-01T10:00:00Z'))).toBe('timeline-Eveline-Tripman-2026-12-01.csv');
  });
});
