import { downloadFile } from '../../../shared/downloadFile';

/** Offers `value` as a JSON file download (nothing happens where the browser cannot). */
export function downloadJson(fileName: string, value: unknown): void {
  downloadFile(fileName, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
}

/** The text of a chosen file. */
export function readFileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}
