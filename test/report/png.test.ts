import * as zlib from 'node:zlib';
import { adler32, crc32, encodePng, PngEncodeError, zlibStore } from '../../src/report/png';
import { CHART_HEIGHT, CHART_WIDTH, chartColour, renderChartPng, renderChartSvg } from '../../src/report/chart';

interface DecodedPng {
  width: number;
  height: number;
  palette: number[][];
  pixels: number[];
  crcOk: boolean;
}

/** A reader for exactly what encodePng writes (8-bit indexed, filter 0), checking every chunk's CRC. */
function decodePng(bytes: Uint8Array): DecodedPng {
  const view = Buffer.from(bytes);
  expect([...view.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  let palette: number[][] = [];
  const idat: Buffer[] = [];
  let crcOk = true;
  while (at < view.length) {
    const length = view.readUInt32BE(at);
    const type = view.toString('latin1', at + 4, at + 8);
    const data = view.subarray(at + 8, at + 8 + length);
    crcOk &&= view.readUInt32BE(at + 8 + length) === crc32(bytes, at + 4, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
    }
    if (type === 'PLTE') palette = Array.from({ length: length / 3 }, (_, i) => [...data.subarray(i * 3, i * 3 + 3)]);
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixels: number[] = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    pixels.push(...raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)));
  }
  return { width, height, palette, pixels, crcOk };
}

describe('encodePng', () => {
  it('writes a PNG that a zlib inflater reads back pixel for pixel, with valid CRCs', () => {
    const pixels = new Uint8Array(7 * 3).map((_, i) => i % 3);
    const png = encodePng({ width: 7, height: 3, palette: [[255, 255, 255], [255, 0, 0], [0, 0, 255]], pixels });
    const decoded = decodePng(png);
    expect(decoded).toEqual({ width: 7, height: 3, palette: [[255, 255, 255], [255, 0, 0], [0, 0, 255]], pixels: [...pixels], crcOk: true });
  });

  it('splits stored zlib data into blocks of at most 65535 bytes', () => {
    const data = new Uint8Array(150_000).map((_, i) => (i * 7) % 251);
    expect(Buffer.compare(zlib.inflateSync(zlibStore(data)), Buffer.from(data))).toBe(0);
  });

  it('computes CRC-32 and Adler-32 as zlib does', () => {
    const data = Buffer.from('预算公开 budget disclosure');
    expect(crc32(data)).toBe(zlib.crc32(data));
    const deflated = zlib.deflateSync(data);
    expect(adler32(data)).toBe(deflated.readUInt32BE(deflated.length - 4));
  });

  it('refuses a pixel count that does not match the size', () => {
    expect(() => encodePng({ width: 2, height: 2, palette: [[0, 0, 0]], pixels: new Uint8Array(3) })).toThrow(PngEncodeError);
  });
});

describe('renderChartPng and renderChartSvg', () => {
  const pie = { kind: 'pie' as const, title: '三公经费分布图', categories: ['公务接待费', '公务用车购置及运行费'], values: ['1.00', '3.00'], unit: '万元' };

  it('draws a quarter and three quarters of a pie in the first two colours, starting at 12 o\'clock', () => {
    const png = decodePng(renderChartPng(pie, { scale: 1 }));
    expect([png.width, png.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const colourAt = (x: number, y: number): string =>
      png.palette[png.pixels[y * png.width + x]!]!.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase();
    const cx = CHART_WIDTH / 2;
    const cy = CHART_HEIGHT / 2;
    expect(colourAt(cx + 40, cy - 40)).toBe(chartColour(0)); // upper right: the first quarter
    expect(colourAt(cx - 40, cy + 40)).toBe(chartColour(1)); // lower left
    expect(colourAt(cx + 40, cy + 40)).toBe(chartColour(1)); // lower right: past the quarter
    expect(colourAt(2, 2)).toBe('FFFFFF');
  });

  it('draws bars whose heights follow the values', () => {
    const bar = { ...pie, kind: 'bar' as const };
    const png = decodePng(renderChartPng(bar, { scale: 1 }));
    const heightOf = (index: number): number => {
      const colour = png.palette.findIndex((p) => p.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase() === chartColour(index));
      let rows = 0;
      for (let y = 0; y < png.height; y++) if (png.pixels.slice(y * png.width, (y + 1) * png.width).includes(colour)) rows++;
      return rows;
    };
    expect(heightOf(1)).toBe(CHART_HEIGHT - 40);
    expect(Math.abs(heightOf(0) * 3 - heightOf(1))).toBeLessThanOrEqual(3);
  });

  it('writes an SVG with one slice per non-zero category and the chart title', () => {
    const svg = renderChartSvg({ ...pie, categories: ['A', 'B', 'C'], values: ['1', '0', '2'] });
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('<title>三公经费分布图</title>');
  });

  it('draws a single category as a whole circle', () => {
    expect(renderChartSvg({ ...pie, categories: ['A'], values: ['5'] })).toContain('<circle');
  });
});
