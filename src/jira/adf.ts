import type { AdfDocument, AdfNode } from './types';

/**
 * An ADF document of plain paragraphs, one per line of `text`: what the app writes as
 * comments through REST v3, which takes Atlassian Document Format, not wiki markup.
 *
 * @example adfText('Reaction time breached.') // { type: 'doc', version: 1, content: [paragraph] }
 */
export function adfText(text: string): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: text.split('\n').map((line) => ({
      type: 'paragraph',
      content: line ? [{ type: 'text', text: line }] : [],
    })),
  };
}

/** The plain text of an ADF document (or a v2 string body), paragraphs on their own lines. */
export function adfToText(body: AdfNode | string | undefined): string {
  if (body === undefined) return '';
  if (typeof body === 'string') return body;
  if (body.type === 'text') return body.text ?? '';
  const parts = (body.content ?? []).map(adfToText);
  return body.type === 'doc' ? parts.join('\n') : parts.join('');
}

/** A paragraph of plain text. */
export const adfParagraph = (text: string): AdfNode => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : [],
});

/** A heading (`level` 1–6) of plain text. */
export const adfHeading = (level: number, text: string): AdfNode => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});

/** A table with a header row, every cell plain text (ADF `table`, `tableHeader`, `tableCell`). */
export function adfTable(header: readonly string[], rows: readonly (readonly string[])[]): AdfNode {
  const row = (cells: readonly string[], type: 'tableHeader' | 'tableCell'): AdfNode => ({
    type: 'tableRow',
    content: cells.map((cell) => ({ type, attrs: {}, content: [adfParagraph(cell)] })),
  });
  return {
    type: 'table',
    attrs: { isNumberColumnEnabled: false, layout: 'default' },
    content: [row(header, 'tableHeader'), ...rows.map((cells) => row(cells, 'tableCell'))],
  };
}
