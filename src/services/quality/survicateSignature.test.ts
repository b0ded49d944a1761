import { createHmac } from 'node:crypto';
import { isSurvicateSignature, survicateSignature } from './survicateSignature';

const body = '{"messageId":"m-1","deliveryTries":0}';

describe('the Survicate signature', () => {
  it('is the lowercase hex HMAC-SHA256 of the raw body under the signing secret', () => {
    const expected = createHmac('sha256', 's3cret').update(body).digest('hex');
    expect(survicateSignature('s3cret', body)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts the signature of the exact body, in either case', () => {
    const signature = survicateSignature('s3cret', body);
    expect(isSurvicateSignature('s3cret', body, signature)).toBe(true);
    expect(isSurvicateSignature('s3cret', body, signature.toUpperCase())).toBe(true);
  });

  it('refuses another secret, a changed body, a cut or missing signature, an empty secret', () => {
    const signature = survicateSignature('s3cret', body);
    expect(isSurvicateSignature('other', body, signature)).toBe(false);
    expect(isSurvicateSignature('s3cret', `${body} `, signature)).toBe(false);
    expect(isSurvicateSignature('s3cret', body, signature.slice(0, 63))).toBe(false);
    expect(isSurvicateSignature('s3cret', body, '')).toBe(false);
    expect(isSurvicateSignature('s3cret', body, undefined)).toBe(false);
    expect(isSurvicateSignature('', body, survicateSignature('', body))).toBe(false);
  });
});
