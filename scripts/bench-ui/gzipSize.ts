import { gzipSync } from 'node:zlib';

/** Bytes after gzip at level 9: what a well-configured static host sends. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}
