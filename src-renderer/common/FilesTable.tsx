/**
 * The table of a bundle's files (path, size, redactions), shared by the wizard's review step and the
 * admin review screen so both say the same thing in the same words. The columns that differ (the
 * include switch, the source, a preview button) come in as optional render functions.
 */
import type { ReactNode } from 'react';
import { formatBytes } from './format-bytes.js';
import { printable } from '../../src-shared/printable-text.js';

/** What the table needs of one file: the manifest's fields, which the draft's files also have. */
export interface FilesTableRow {
  path: string;
  bytes: number;
  kind: string;
  redactions: number;
  source?: string;
}

export interface FilesTableProps<Row extends FilesTableRow> {
  files: readonly Row[];
  testId: string;
  caption?: string;
  /** Show each file's source (where it was collected from). */
  showSource?: boolean;
  rowClass?(row: Row): string;
  /** A first column (the wizard's include switch) with its header. */
  leading?: { header: ReactNode; cell(row: Row): ReactNode };
  /** Words after the path, e.g. "(always included)". */
  pathNote?(row: Row): ReactNode;
  /** A last column (the wizard's preview button) with its header. */
  trailing?: { header: ReactNode; cell(row: Row): ReactNode };
}

/** How a file's redaction column reads: binary files are copied as they are. */
export function redactionWords(row: FilesTableRow): string | number {
  return row.kind === 'binary' ? 'copied as is' : row.redactions;
}

export function FilesTable<Row extends FilesTableRow>({ files, testId, caption, showSource, rowClass, leading, pathNote, trailing }: FilesTableProps<Row>) {
  return (
    <div className="table-wrap">
      <table className="files" data-testid={testId}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {leading && <th scope="col">{leading.header}</th>}
            <th scope="col">File</th>
            <th scope="col">Size</th>
            {showSource && <th scope="col">Source</th>}
            <th scope="col">Redacted</th>
            {trailing && <th scope="col">{trailing.header}</th>}
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.path} className={rowClass?.(f) ?? ''}>
              {leading && <td>{leading.cell(f)}</td>}
              <td>
                {/* A file name can hold a bidi override that makes it read backwards: shown escaped. */}
                <code>{printable(f.path)}</code>
                {pathNote?.(f)}
              </td>
              <td>{formatBytes(f.bytes)}</td>
              {showSource && <td>{f.source}</td>}
              <td>{redactionWords(f)}</td>
              {trailing && <td>{trailing.cell(f)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
