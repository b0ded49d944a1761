import { validate } from '@forge/manifest';
import path from 'node:path';

describe('manifest.yml', () => {
  it("passes Forge's own full validation, offline", async () => {
    const result = await validate(false, path.join(__dirname, '..', 'manifest.yml'));
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('runs on the nodejs22.x runtime', async () => {
    const result = await validate(false, path.join(__dirname, '..', 'manifest.yml'));
    const app = (result.manifestObject?.typedContent as { app?: { runtime?: { name?: string } } })
      ?.app;
    expect(app?.runtime?.name).toBe('nodejs22.x');
  });
});
