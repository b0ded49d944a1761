import {
  formatBytes,
  MAX_DOCUMENT_BYTES,
  textSizeError,
  utf8Length,
  valueSizeError,
} from './documentSize';

describe('document size', () => {
  it('counts UTF-8 bytes as an encoder does, surrogate pairs and lone halves included', () => {
    for (const text of ['', 'abc', 'æøå', '€', '😀', 'a\uD800b', '\uDC00', 'x😀y€']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('takes a document of exactly the limit and refuses one byte more, before parsing it', () => {
    const fits = `"${'x'.repeat(MAX_DOCUMENT_BYTES - 2)}"`;
    expect(textSizeError(fits, '$.json')).toBeUndefined();
    expect(textSizeError(`${fits} `, '$.json')).toEqual({
      path: '$.json',
      message: 'is over 1.0 MB of JSON; the most the app reads is 1.0 MB',
    });
    // Not JSON at all: the size is checked first, so the answer is about the size.
    expect(textSizeError('{'.repeat(5 * MAX_DOCUMENT_BYTES), '$')).toEqual({
      path: '$',
      message: 'is over 5.0 MB of JSON; the most the app reads is 1.0 MB',
    });
  });

  it('counts multi-byte characters as bytes, not characters', () => {
    const text = 'ø'.repeat(MAX_DOCUMENT_BYTES / 2 + 1);
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(textSizeError(text, '$')?.path).toBe('$');
  });

  it('measures a parsed value by its JSON, and refuses one too deep to write out', () => {
    expect(valueSizeError({ name: 'x'.repeat(100) }, '$.contract')).toBeUndefined();
    expect(valueSizeError({ name: 'x'.repeat(MAX_DOCUMENT_BYTES) }, '$.contract')?.path).toBe(
      '$.contract',
    );
    let deep: unknown = null;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(valueSizeError(deep, '$.contract')).toEqual({
      path: '$.contract',
      message: 'is not a JSON document the app can read',
    });
  });

  it('writes sizes for people', () => {
    expect(formatBytes(5 * 1024 * 1024 + 200_000)).toBe('5.2 MB');
    expect(formatBytes(830 * 1024)).toBe('830 KB');
  });
});
