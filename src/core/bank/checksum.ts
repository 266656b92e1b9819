import { crc32 } from 'node:zlib';

/**
 * A checksum of some content, to notice that a file changed or to name a cache entry (never
 * a security measure): CRC-32, which Node computes without loading its crypto module, a few
 * milliseconds of every start-up.
 */
export function checksum(content: string | Uint8Array): string {
  return crc32(content).toString(16).padStart(8, '0');
}
