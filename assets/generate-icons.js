/**
 * Draws the add-in's ribbon and store icons (16/32/64/80/128 px PNG) without any image library:
 * a blue rounded square holding a white three-bar chart and a 合计 line, the motif of a budget table.
 * Run `node assets/generate-icons.js` to regenerate; the PNGs are committed so the build needs no step.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [0x1f, 0x5f, 0xa8, 0xff];
const WHITE = [0xff, 0xff, 0xff, 0xff];
const CLEAR = [0, 0, 0, 0];

/** CRC-32 as the PNG specification defines it (ISO 3309), needed for each chunk. */
function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The colour of pixel (x, y) in an icon of `size` px, drawn in a 16-unit design space. */
function pixel(x, y, size) {
  const u = ((x + 0.5) * 16) / size;
  const v = ((y + 0.5) * 16) / size;
  const radius = 3;
  const cx = Math.min(Math.max(u, radius), 16 - radius);
  const cy = Math.min(Math.max(v, radius), 16 - radius);
  if ((u - cx) ** 2 + (v - cy) ** 2 > radius ** 2) return CLEAR;
  const bars = [
    [3.5, 6, 9],
    [7, 9, 4],
    [10.5, 12.5, 6.5],
  ];
  for (const [left, right, top] of bars) {
    if (u >= left && u < right && v >= top && v < 12) return WHITE;
  }
  if (u >= 3 && u < 13 && v >= 12.75 && v < 13.75) return WHITE;
  return BLUE;
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x += 1) Buffer.from(pixel(x, y, size)).copy(raw, row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
}
