/**
 * 最小 PNG 编码器 — an indexed-colour PNG (colour type 3, 8 bits) from a palette and one palette
 * index per pixel, in pure TypeScript so that it runs in Node and in the task pane alike.
 *
 * Compression is injected: hosts that have a deflate (Node's zlib, a browser's CompressionStream)
 * pass it in; without one the zlib stream is written with stored (uncompressed) blocks, which every
 * PNG reader accepts (RFC 1950/1951) — the .docx container deflates the file again anyway.
 */

/** A zlib (RFC 1950) compressor, e.g. Node's `zlib.deflateSync`. */
export type Deflate = (data: Uint8Array) => Uint8Array;

/** An indexed image: `pixels[y * width + x]` is an index into `palette` (`[r, g, b]`, 0–255). */
export interface IndexedImage {
  readonly width: number;
  readonly height: number;
  readonly palette: readonly (readonly [number, number, number])[];
  readonly pixels: Uint8Array;
}

/** Misuse of the encoder: a size or a palette that a PNG cannot hold. */
export class PngEncodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngEncodeError';
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG chunks use it (ISO 3309). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Adler-32, the zlib stream checksum (RFC 1950). */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i++) {
    a = (a + (bytes[i] ?? 0)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of stored blocks (no compression), at most 65535 bytes a block. */
export function zlibStore(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + data.length + blocks * 5 + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let at = 2;
  for (let i = 0; i < blocks; i++) {
    const start = i * 65535;
    const length = Math.min(65535, data.length - start);
    out[at++] = i === blocks - 1 ? 1 : 0;
    out[at++] = length & 0xff;
    out[at++] = length >>> 8;
    out[at++] = ~length & 0xff;
    out[at++] = (~length >>> 8) & 0xff;
    out.set(data.subarray(start, start + length), at);
    at += length;
  }
  writeUint32(out, at, adler32(data));
  return out;
}

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = (value >>> 24) & 0xff;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeUint32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  writeUint32(out, 8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/**
 * Encodes an indexed image as PNG bytes.
 * @example encodePng({ width: 1, height: 1, palette: [[255, 0, 0]], pixels: new Uint8Array([0]) })
 */
export function encodePng(image: IndexedImage, deflate: Deflate = zlibStore): Uint8Array {
  const { width, height, palette, pixels } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new PngEncodeError(`encodePng: width and height must be positive integers, got ${width}×${height}`);
  }
  if (palette.length < 1 || palette.length > 256) {
    throw new PngEncodeError(`encodePng: a palette holds 1–256 colours, got ${palette.length}`);
  }
  if (pixels.length !== width * height) {
    throw new PngEncodeError(`encodePng: expected ${width * height} pixels, got ${pixels.length}`);
  }
  const header = new Uint8Array(13);
  writeUint32(header, 0, width);
  writeUint32(header, 4, height);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: indexed
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach(([r, g, b], i) => plte.set([r, g, b], i * 3));
  // Each scanline starts with filter type 0 (None).
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflate(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
