import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';

// Random access to the entries of a zip held in memory (an .xlsx is a zip): the central directory says where each
// entry is, so parts are read in the order the reader needs (shared strings before sheets), whatever order the writer
// chose. Only what spreadsheets use: stored or deflated entries, no encryption, no ZIP64.

export class ZipFormatError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The entries by name (without a leading "/"). Throws ZipFormatError when the bytes are not a zip we can read. */
export function zipEntries(bytes: Buffer): Map<string, ZipEntry> {
  const end = findEndOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) {
    throw new ZipFormatError('ZIP64 is not supported');
  }
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new ZipFormatError('broken central directory');
    }
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\/+/, '');
    if (flags & 1) {
      throw new ZipFormatError('encrypted entry');
    }
    entries.set(name, {
      name,
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + skip;
  }
  return entries;
}

/** An entry's text, decoded as UTF-8 across chunk boundaries, a chunk at a time (sheets can be tens of megabytes). */
export async function* entryText(bytes: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of entryBytes(bytes, entry)) {
    const text = decoder.write(chunk as Buffer);
    if (text) {
      yield text;
    }
  }
  const rest = decoder.end();
  if (rest) {
    yield rest;
  }
}

/** A small entry's whole text (workbook, relationships, styles, shared strings). */
export async function wholeEntryText(bytes: Buffer, entry: ZipEntry): Promise<string> {
  let text = '';
  for await (const chunk of entryText(bytes, entry)) {
    text += chunk;
  }
  return text;
}

function entryBytes(bytes: Buffer, entry: ZipEntry): Readable {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) {
    throw new ZipFormatError(`broken entry ${entry.name}`);
  }
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    return Readable.from([data]);
  }
  if (entry.method !== DEFLATED) {
    throw new ZipFormatError(`compression method ${entry.method}`);
  }
  const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
  inflate.end(data);
  return inflate;
}

function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      return at;
    }
  }
  throw new ZipFormatError('not a zip');
}
