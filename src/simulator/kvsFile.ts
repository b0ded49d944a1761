import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';

/**
 * The simulator's KVS on disk (`.simulator/kvs.json`), so contract and settings edits survive
 * a restart, and a crash costs at most the write it interrupted.
 */

/**
 * Replaces `file` with `content` atomically: the JSON goes to a temporary file in the same
 * folder, is flushed to the disk, and the temporary file is then renamed over `file`. A rename
 * within one file system swaps the name in one step, so whenever the process dies (`kill -9`
 * included), `file` holds either the old content or the new, never a part of one.
 */
export function writeKvsFile(file: string, content: Readonly<Record<string, unknown>>): void {
  const temporary = `${file}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeFileSync(fd, JSON.stringify(content, null, 1));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/**
 * What `file` holds, or nothing when there is no file. A file that is not the store's content
 * (torn by a crash of an older version, edited by hand) is not deleted and does not stop the
 * simulator: it is renamed `<file>.corrupt-<timestamp>`, `warn` says where it is and what to
 * do, and the store starts empty (the demo then saves its contract and settings again).
 */
export function readKvsFile(
  file: string,
  warn: (message: string) => void,
  now: Date = new Date(),
): Record<string, unknown> {
  if (!existsSync(file)) return {};
  const read = parseContent(readFileSync(file, 'utf8'));
  if ('content' in read) return read.content;
  const aside = `${file}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(file, aside);
  warn(
    `The simulator's storage ${file} could not be read (${read.problem}). ` +
      `It is kept as ${aside}, and the simulator is starting with an empty store: the demo ` +
      `contract and settings, without your edits. To get them back, stop the simulator, ` +
      `repair that file and move it back to ${file}; or delete it if you do not need it.`,
  );
  return {};
}

function parseContent(text: string): { content: Record<string, unknown> } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `not JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'not an object of keys and values' };
  return { content: value as Record<string, unknown> };
}
