import { FORGE_ERROR, webTriggerCall, webTriggerResponse } from './webTriggers';

describe("the simulator's web triggers", () => {
  it('pass the request as Forge does: lowercase header names, arrays of values, the raw body', () => {
    const call = webTriggerCall(
      'POST',
      new URL('http://localhost/x1/survicate-feedback?a=1&a=2'),
      { Hmac: 'abc', 'Content-Type': 'application/json', 'x-many': ['1', '2'] },
      '{"raw": true }',
    );
    expect(call).toEqual({
      method: 'POST',
      path: '/x1/survicate-feedback',
      headers: { hmac: ['abc'], 'content-type': ['application/json'], 'x-many': ['1', '2'] },
      body: '{"raw": true }',
      queryParameters: { a: ['1', '2'] },
    });
  });

  it('send back a valid response, and Forge’s 500 for anything else', () => {
    const good = { statusCode: 202, headers: { 'Content-Type': ['application/json'] }, body: '{}' };
    expect(webTriggerResponse(good)).toBe(good);
    for (const bad of [
      undefined,
      'ok',
      { body: '{}' },
      { statusCode: 200, body: {} },
      { statusCode: 200, headers: { 'Content-Type': 'application/json' } },
    ]) {
      expect(webTriggerResponse(bad)).toBe(FORGE_ERROR);
    }
  });
});
