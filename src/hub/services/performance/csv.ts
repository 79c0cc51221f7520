/**
 * A CSV file as RFC 4180 writes it: every cell in double quotes (a quote inside doubled), lines
 * ended by CRLF. A cell that a spreadsheet would run as a formula — starting with =, +, -, @, or a
 * tab or carriage return, which some spreadsheets strip before looking — gets a leading apostrophe,
 * so a name typed into the reference data cannot become a formula on the commissioner's computer
 * (OWASP "CSV injection").
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The header row, then each row; every row should have as many cells as the header. */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map(csvLine).join('');
}
