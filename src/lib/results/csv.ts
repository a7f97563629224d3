// Rows of cells → CSV text per RFC 4180: comma-separated, CRLF line ends, a cell quoted when it
// holds a comma, quote, CR or LF (quotes doubled). A UTF-8 byte order mark goes first so that
// spreadsheet programs read accents, Arabic and Cyrillic correctly.

export type CsvCell = string | number | null | undefined;

export const CSV_BOM = '\uFEFF';

/** A cell that a spreadsheet would run as a formula is prefixed with a quote (OWASP CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) return '';
		return String(cell);
	}
	return formulaStart.test(cell) ? `'${cell}` : cell;
}

function quote(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text of `rows`, starting with a byte order mark and ending with CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	if (rows.length === 0) return CSV_BOM;
	return (
		CSV_BOM +
		rows.map((row) => row.map((cell) => quote(cellText(cell))).join(',')).join('\r\n') +
		'\r\n'
	);
}

/** Reads CSV text made by `toCsv` (or any RFC 4180 text) back into rows of strings. */
export function parseCsv(text: string): string[][] {
	const source = text.startsWith(CSV_BOM) ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = 0;
	while (i < source.length) {
		const char = source[i];
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				cell += '"';
				i += 2;
				continue;
			}
			if (char === '"') quoted = false;
			else cell += char;
			i++;
			continue;
		}
		if (char === '"' && cell === '') quoted = true;
		else if (char === ',') {
			row.push(cell);
			cell = '';
		} else if (char === '\r' && source[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else if (char === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += char;
		i++;
	}
	if (cell !== '' || row.length > 0) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}
