/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A CSV table: header row, then one row per record, CRLF line ends as RFC 4180 asks. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Readonly<Record<string, string>>>): string {
  return (
    [columns, ...rows.map((row) => columns.map((c) => row[c] ?? ''))].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n'
  );
}
