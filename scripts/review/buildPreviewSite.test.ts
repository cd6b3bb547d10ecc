import { describe, expect, it } from 'vitest';
import { previewPolicy } from './buildPreviewSite.ts';

describe('previewPolicy', () => {
  it('is the policy line of the built _headers file', () => {
    expect(previewPolicy("/preview/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n")).toBe("default-src 'self'");
    expect(previewPolicy('/*\n  X-Content-Type-Options: nosniff\n')).toBeUndefined();
  });
});
