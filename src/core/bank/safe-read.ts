import { closeSync, openSync, readSync, realpathSync, statSync, constants } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import type { Said } from '../words/index.js';

// Pack files come from anyone: read only regular files, of a bounded size, as UTF-8 text.
// A snippet symlinked to /dev/zero, a FIFO (which would block), a binary or UTF-16 file is
// refused with a reason instead of hanging, filling memory or showing garbage.

/** Larger than any sensible question file or snippet. */
export const MAX_PACK_FILE_BYTES = 1024 * 1024;

/** The text, or why it cannot be had: a phrase that reads on from the file's name (`is too large (...)`). */
export type TextRead = { text: string } | { error: Said };

/**
 * Reads `file` as UTF-8 text. With `inside`, the file's real path (symlinks resolved) must
 * be inside that folder's real path.
 */
export function readPackText(file: string, inside?: string): TextRead {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? { key: 'pack.read.noSuchFile' } : { key: 'pack.read.cannotRead', params: { code: code ?? String(error) } } };
  }
  if (!stat.isFile()) return { error: { key: 'pack.read.notRegular', params: { what: kindOf(stat) } } };
  if (inside !== undefined) {
    const rel = relative(realpathSync(inside), realpathSync(file));
    if (rel.startsWith('..') || isAbsolute(rel)) return { error: { key: 'pack.read.resolvesOutside' } };
  }
  if (stat.size > MAX_PACK_FILE_BYTES) return { error: { key: 'pack.read.tooLarge', params: { size: stat.size, limit: MAX_PACK_FILE_BYTES } } };
  const bytes = readBounded(file);
  if (bytes.length > MAX_PACK_FILE_BYTES) return { error: { key: 'pack.read.tooLargeOver', params: { limit: MAX_PACK_FILE_BYTES } } };
  return decodeText(bytes);
}

/** Reads at most one byte past the limit, whatever the size the file claimed. */
function readBounded(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(MAX_PACK_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text, or what the bytes are instead: UTF-16, binary (NUL bytes), invalid UTF-8. */
export function decodeText(bytes: Uint8Array): TextRead {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: { key: 'pack.read.utf16' } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // UTF-16 without a byte-order mark: every other byte of ASCII text is NUL.
    const sample = bytes.subarray(0, 64);
    const nulsAtOddOrEven = [0, 1].some((parity) => sample.filter((byte, index) => index % 2 === parity && byte === 0).length >= sample.length / 2 - 1);
    if (sample.length >= 4 && nulsAtOddOrEven) return { error: { key: 'pack.read.utf16NoMark' } };
    return { error: { key: 'pack.read.nul', params: { offset: nul } } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { error: { key: 'pack.read.notUtf8', params: firstInvalidUtf8(bytes) } };
  }
}

/** Where the first invalid sequence is: its line and byte offset. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; offset: number } {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const before = lenient.slice(0, Math.max(0, lenient.indexOf('\ufffd')));
  return { line: before.split('\n').length, offset: Buffer.byteLength(before) };
}

function kindOf(stat: import('node:fs').Stats): Said {
  if (stat.isDirectory()) return { key: 'pack.read.folder' };
  if (stat.isFIFO()) return { key: 'pack.read.fifo' };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { key: 'pack.read.device' };
  if (stat.isSocket()) return { key: 'pack.read.socket' };
  return { key: 'pack.read.notAFile' };
}
