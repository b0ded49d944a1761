import { ForgeKvsAPIError } from '@forge/kvs';
import {
  isKeyConflict,
  KEY_PATTERN,
  keyConflict,
  keyViolation,
  MAX_VALUE_BYTES,
  refusal,
  valueViolation,
} from './kvsRules';

const code = (violation: { code: string } | null) => violation?.code ?? null;

/** `levels` arrays nested in one another around a number. */
const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

describe('KVS key rules', () => {
  it('uses the documented regex verbatim', () => {
    expect(KEY_PATTERN.source).toBe('^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$');
  });

  it('accepts letters, digits, ":", ".", "_", "-", "#" and whitespace', () => {
    expect(keyViolation('contract:v:000001')).toBeNull();
    expect(keyViolation('a-b_c.d#e:f')).toBeNull();
    expect(keyViolation('with space\tand\u00a0tab')).toBeNull();
  });

  it('reads "\\s-#" as whitespace, "-" and "#", not as a range', () => {
    // Between tab (U+0009) and "#" (U+0023) lie "!" and '"': a range would let them in.
    expect(code(keyViolation('a!b'))).toBe('INVALID_KEY');
    expect(code(keyViolation('a"b'))).toBe('INVALID_KEY');
    expect(keyViolation('a-b')).toBeNull();
    expect(keyViolation('a#b')).toBeNull();
  });

  it('refuses other characters and keys of whitespace only', () => {
    for (const key of ['goal@2026', 'a/b', 'a$b', 'a,b', 'ä:b', 'a+b']) {
      expect(code(keyViolation(key))).toBe('INVALID_KEY');
    }
    expect(code(keyViolation('   '))).toBe('INVALID_KEY');
  });

  it('needs more than one character', () => {
    expect(code(keyViolation(''))).toBe('KEY_TOO_SHORT');
    expect(code(keyViolation('a'))).toBe('KEY_TOO_SHORT');
    expect(keyViolation('ab')).toBeNull();
  });

  it('allows at most 500 characters', () => {
    expect(keyViolation('k'.repeat(500))).toBeNull();
    expect(keyViolation('k'.repeat(501))).toEqual({
      code: 'KEY_TOO_LONG',
      message: 'The provided key has exceeded the maximum 500 characters.',
    });
  });
});

describe('KVS value rules', () => {
  it('allows 240 KiB of JSON, counted in UTF-8 bytes', () => {
    const quotes = 2;
    expect(valueViolation('x'.repeat(MAX_VALUE_BYTES - quotes))).toBeNull();
    expect(code(valueViolation('x'.repeat(MAX_VALUE_BYTES - quotes + 1)))).toBe('MAX_SIZE');
    // "é" is one character and two bytes.
    expect(code(valueViolation('é'.repeat(MAX_VALUE_BYTES / 2)))).toBe('MAX_SIZE');
  });

  it('allows 31 objects or arrays nested in one another, not 32', () => {
    expect(valueViolation(42)).toBeNull();
    expect(valueViolation(nested(31))).toBeNull();
    expect(valueViolation(nested(32))).toEqual({
      code: 'MAX_DEPTH',
      message: 'The provided value has exceeded the maximum object depth (32) limit.',
    });
    expect(code(valueViolation({ a: { b: nested(30) } }))).toBe('MAX_DEPTH');
  });
});

describe('KVS errors', () => {
  it('refuses as @forge/kvs reports a 400', () => {
    const error = refusal('/api/v1/set', { code: 'INVALID_KEY', message: 'bad key' });
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect(error).toMatchObject({
      code: 'INVALID_KEY',
      message: 'bad key',
      responseDetails: { status: 400, httpMethod: 'POST', httpPath: '/api/v1/set' },
    });
  });

  it('takes only a 409 from a FAIL_IF_EXISTS set for a lost claim', () => {
    expect(isKeyConflict(keyConflict('escalation:1:reaction'))).toBe(true);
    expect(keyConflict('k1')).toMatchObject({
      code: 'KEY_CONFLICT',
      responseDetails: { status: 409 },
    });
    expect(isKeyConflict(refusal('/api/v1/set', { code: 'INVALID_KEY', message: '' }))).toBe(false);
    const tooMany = new ForgeKvsAPIError(
      { status: 429, statusText: 'Too Many Requests' },
      { code: 'RATE_LIMIT_EXCEEDED', message: '' },
    );
    expect(isKeyConflict(tooMany)).toBe(false);
    expect(isKeyConflict({ responseDetails: { status: 409 } })).toBe(false);
    expect(isKeyConflict(new Error('409'))).toBe(false);
  });
});
