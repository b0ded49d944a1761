/**
 * A child process for `src/simulator/kvsFile.test.ts`: writes the simulator's KVS file once,
 * then dies by SIGKILL in the middle of the next write, once half of its bytes have reached the
 * disk, whichever `fs` call writes them. A real death: no `finally`, no exit handler runs.
 */
import fs from 'node:fs';
import { writeKvsFile } from '../../src/simulator/kvsFile';

const file = process.argv[2]!;
writeKvsFile(file, { 'settings:pointer': { version: 1 } });

const die = () => process.kill(process.pid, 'SIGKILL');
const { writeFileSync, writeSync } = fs;
Object.assign(fs, {
  writeFileSync(target: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView) {
    const text = String(data);
    writeFileSync(target, text.slice(0, text.length / 2));
    die();
  },
  writeSync(fd: number, data: string | NodeJS.ArrayBufferView) {
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data)
        : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    writeSync(fd, bytes.subarray(0, bytes.length / 2));
    die();
  },
});
writeKvsFile(file, { 'settings:pointer': { version: 2 }, filler: 'x'.repeat(100_000) });
