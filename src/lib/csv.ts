/**
 * CSV files people open in a spreadsheet: RFC 4180 quoting by Papa Parse (loaded only when a file is made), CRLF line
 * ends, and a byte-order mark so that Excel reads 简体中文 and accents as UTF-8.
 *
 * A cell a spreadsheet would run as a formula (`=`, `@`, a tab or CR first, or `+`/`-` followed by anything but a
 * number) is prefixed with `'` (OWASP's CSV injection advice) — a customer's name or a CRM note is someone else's
 * text. A phone number such as `+44 7911 123456` stays as it is.
 */
const FORMULA = /^[=@\t\r]|^[+-](?![\d\s().]*$)/;

export async function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): Promise<string> {
  const { unparse } = await import('papaparse');
  return `\uFEFF${unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
}

/** Hands `text` to the browser as a download named `fileName`. */
export function downloadFile(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  queueMicrotask(() => URL.revokeObjectURL(url));
}

/** `customers-gh.29.uk-2026-12-01.csv`: what, where from and the day, with nothing a file system refuses. */
export function csvFileName(parts: readonly string[], day = new Date()): string {
  const safe = parts.map((part) => part.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '')).filter(Boolean);
  return `${[...safe, day.toISOString().slice(0, 10)].join('-')}.csv`;
}
