// Test helper: reads parts of a .docx (a zip) with node:zlib only, and pulls the text out of
// WordprocessingML, so tests can assert on what Word will show.

import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const DEFLATE = 8;
const STORED = 0;

/** Every entry of a zip archive, by name. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) {
    end--;
  }
  if (end < 0) {
    throw new Error('not a zip archive');
  }
  const count = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(entry) !== CENTRAL_ENTRY) {
      throw new Error('corrupt central directory');
    }
    const method = zip.readUInt16LE(entry + 10);
    const compressedSize = zip.readUInt32LE(entry + 20);
    const nameLength = zip.readUInt16LE(entry + 28);
    const extraLength = zip.readUInt16LE(entry + 30);
    const commentLength = zip.readUInt16LE(entry + 32);
    const local = zip.readUInt32LE(entry + 42);
    const name = zip.toString('utf8', entry + 46, entry + 46 + nameLength);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) {
      throw new Error(`corrupt local header for ${name}`);
    }
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== DEFLATE && method !== STORED) {
      throw new Error(`unsupported compression ${method} for ${name}`);
    }
    files.set(name, method === DEFLATE ? inflateRawSync(data) : Buffer.from(data));
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

export function readDocxPart(docx: Buffer, part: string): string {
  const data = unzip(docx).get(part);
  if (!data) {
    throw new Error(`${part} not found in the .docx`);
  }
  return data.toString('utf8');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of each w:p, in document order (line breaks inside a paragraph become "\n"). */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((m) => (m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1])))
      .join(''),
  );
}

/** The w:r elements whose text contains `text`. */
export function runsContaining(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map(([run]) => run).filter((run) => unescapeXml(run).includes(text));
}
