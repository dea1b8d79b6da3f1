/*
 * CSV files the user downloads (search results, a customer's timeline). Written by papaparse — loaded only when a
 * file is made — with `escapeFormulae`, so a stored value such as "=HYPERLINK(…)" cannot run as a formula when the
 * file is opened in a spreadsheet. A byte-order mark makes Excel read the UTF-8 names (Chinese, Spanish) correctly.
 */

export type CsvTable = { headers: readonly string[]; rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>> };

export async function csvText(table: CsvTable): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return Papa.unparse(
    { fields: [...table.headers], data: table.rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))) },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

/** Makes the file and hands it to the browser as a download named `filename`. */
export async function downloadCsv(filename: string, table: CsvTable): Promise<void> {
  const blob = new Blob(['\uFEFF', await csvText(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
