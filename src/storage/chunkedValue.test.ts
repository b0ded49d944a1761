import fc from 'fast-check';
import { chunkText, readChunked, writeChunked } from './chunkedValue';
import { valueBytes } from './kvsRules';
import { MemoryStore } from './memoryStore';

describe('chunked values', () => {
  it('cut any text into pieces that fit, join back to it, and never split a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 8, max: 64 }),
        (text, maxBytes) => {
          const chunks = chunkText(text, maxBytes);
          expect(chunks.join('')).toBe(text);
          for (const chunk of chunks) {
            expect(chunk.length).toBeGreaterThan(0);
            expect(valueBytes(chunk)).toBeLessThanOrEqual(maxBytes);
            expect(chunk.charCodeAt(chunk.length - 1) >> 10).not.toBe(0xd800 >> 10);
          }
        },
      ),
    );
  });

  it('fill each piece as far as escapes and multi-byte characters allow', () => {
    // `"` is stored as `\"`: two bytes; `ø` two bytes; `😀` four bytes for two UTF-16 units.
    expect(chunkText('"'.repeat(10), 12)).toEqual(['"'.repeat(5), '"'.repeat(5)]);
    expect(chunkText('ø'.repeat(10), 12)).toEqual(['ø'.repeat(5), 'ø'.repeat(5)]);
    expect(chunkText('😀'.repeat(3), 12)).toEqual(['😀😀', '😀']);
  });

  it('write a value in pieces and read it back, and say when a piece is missing', async () => {
    const store = new MemoryStore();
    const value = {
      agreements: Array.from({ length: 2000 }, (_, i) => ({ id: `a-${i}`, n: 'ø"\\' })),
    };
    const keyOf = (i: number) => `big:${i}`;
    const count = await writeChunked(store, keyOf, value);
    expect(count).toBeGreaterThan(0);
    expect(await readChunked(store, keyOf, count)).toEqual(value);
    await store.delete(keyOf(0));
    await expect(readChunked(store, keyOf, count)).rejects.toThrow(
      'stored value incomplete: no big:0',
    );
  });
});
