import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES } from '../../excel/icons.js';
import { crc32 } from '../../excel/png.js';
import { DIST } from './functions-runtime.js';
import { descendants, parseXml } from './xml.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface Chunk {
  readonly type: string;
  readonly data: Buffer;
  readonly crcMatches: boolean;
}

/** Splits a PNG file into its chunks, checking each chunk's CRC. */
function readChunks(file: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  for (let offset = SIGNATURE.length; offset < file.length;) {
    const length = file.readUInt32BE(offset);
    const typeAndData = file.subarray(offset + 4, offset + 8 + length);
    const crc = file.readUInt32BE(offset + 8 + length);
    chunks.push({
      type: typeAndData.subarray(0, 4).toString('ascii'),
      data: typeAndData.subarray(4),
      crcMatches: crc32(typeAndData) === crc,
    });
    offset += 12 + length;
  }
  return chunks;
}

describe.each(ICON_SIZES)('icon-%i.png', (size) => {
  const file = readFileSync(new URL(`assets/icon-${size}.png`, DIST));
  const chunks = readChunks(file);
  const header = chunks[0]?.data;

  it('starts with the PNG signature', () => {
    expect([...file.subarray(0, 8)]).toEqual(SIGNATURE);
  });

  it('has valid chunk checksums', () => {
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((chunk) => chunk.crcMatches)).toBe(true);
  });

  it('is square RGBA of its size', () => {
    expect(header?.readUInt32BE(0)).toBe(size);
    expect(header?.readUInt32BE(4)).toBe(size);
    expect(header?.readUInt8(8)).toBe(8);
    expect(header?.readUInt8(9)).toBe(6);
  });

  it('holds one filtered scanline per row', () => {
    const pixels = inflateSync(chunks[1]?.data ?? Buffer.alloc(0));
    expect(pixels.length).toBe(size * (size * 4 + 1));
  });
});

describe('manifest icons', () => {
  it('match the size the manifest states', async () => {
    const manifest = await parseXml(readFileSync(new URL('manifest.xml', DIST), 'utf8'));
    const images = descendants(manifest).filter((element) => element.name === 'bt:Image');
    const urls = new Map(
      images.map((image) => [image.attributes.id, image.attributes.DefaultValue]),
    );
    const sized = descendants(manifest).filter((element) => element.attributes.size !== undefined);
    expect(sized.length).toBeGreaterThan(0);

    for (const element of sized) {
      const url = urls.get(element.attributes.resid) ?? '';
      const file = readFileSync(new URL(new URL(url).pathname.slice(1), DIST));
      expect(file.readUInt32BE(16), url).toBe(Number(element.attributes.size));
    }
  });
});
