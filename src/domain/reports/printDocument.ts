/**
 * The pieces of the app's print-ready documents (issued customer reports, management review
 * packs): self-contained HTML (no scripts, fonts or images to fetch) laid out for A4 paper.
 */

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A table with a header row; "None" in one cell when there are no rows. */
export function htmlTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const head = headers.map((header) => `<th>${escapeHtml(header)}</th>`).join('');
  const body = rows.length
    ? rows
        .map(
          (row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join('')}</tr>`,
        )
        .join('')
    : `<tr><td colspan="${headers.length}">None</td></tr>`;
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The documents' stylesheet: A4 pages, header rows repeated on each page, rows kept whole. */
export const PRINT_STYLE = `
@page { size: A4; margin: 18mm 15mm; }
body { font: 10pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #172b4d; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 12pt; margin: 14pt 0 4pt; break-after: avoid; }
p.meta { margin: 0 0 2pt; color: #44546f; }
table { border-collapse: collapse; width: 100%; margin-bottom: 6pt; }
th, td { border: 0.5pt solid #b3b9c4; padding: 2pt 4pt; text-align: left; vertical-align: top; }
thead { display: table-header-group; } tr { break-inside: avoid; }
th { background: #f1f2f4; }`;
