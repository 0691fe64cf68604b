/**
 * 图表绘制 — pie and bar charts of the 情况说明 as SVG, with the same picture as a PNG for
 * applications that cannot show SVG (LibreOffice 7.4 and older Word read the PNG).
 *
 * No browser and no native canvas: the SVG is written as text and the PNG is rasterised here,
 * pixel by pixel, into a palette image (src/report/png.ts). Neither holds text — glyphs would need
 * a font — so the labels, amounts and shares go into the legend table the Word export prints under
 * the picture, each row shaded with its slice's colour.
 */
import type { ReportChart } from '../core/report';
import { encodePng, type Deflate } from './png';

/** Slice and bar colours, in order (the Office palette, which readers of these reports know). */
export const CHART_COLOURS: readonly string[] = [
  '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300',
];

/** Picture size in CSS pixels (the PNG is drawn at twice this for print). */
export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 300;

/** The colour (RRGGBB) of the i-th category. */
export function chartColour(i: number): string {
  return CHART_COLOURS[i % CHART_COLOURS.length] ?? '4472C4';
}

/** The chart's values as display numbers — geometry only; printed figures come from the decimals. */
function magnitudes(chart: ReportChart): number[] {
  return chart.categories.map((_, i) => {
    const value = Number(chart.values[i] ?? '0');
    return Number.isFinite(value) && value > 0 ? value : 0;
  });
}

interface Bar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const MARGIN = 20;

function bars(chart: ReportChart, width: number, height: number, scale: number): Bar[] {
  const values = magnitudes(chart);
  const max = Math.max(...values, 0);
  const n = Math.max(values.length, 1);
  const slot = (width - 2 * MARGIN * scale) / n;
  const barWidth = Math.max(1, Math.floor(slot * 0.6));
  const plotHeight = height - 2 * MARGIN * scale;
  return values.map((v, i) => {
    const h = max === 0 ? 0 : Math.round((v / max) * plotHeight);
    return {
      x: Math.round(MARGIN * scale + i * slot + (slot - barWidth) / 2),
      y: height - MARGIN * scale - h,
      width: barWidth,
      height: h,
    };
  });
}

/** Cumulative start angles (radians, clockwise from 12 o'clock) of the pie's slices, plus 2π. */
function sliceAngles(chart: ReportChart): number[] {
  const values = magnitudes(chart);
  const total = values.reduce((a, b) => a + b, 0);
  const angles = [0];
  let sum = 0;
  for (const v of values) {
    sum += v;
    angles.push(total === 0 ? 0 : (sum / total) * 2 * Math.PI);
  }
  return angles;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function point(cx: number, cy: number, r: number, angle: number): string {
  return `${(cx + r * Math.sin(angle)).toFixed(2)} ${(cy - r * Math.cos(angle)).toFixed(2)}`;
}

/**
 * The chart as an SVG document (UTF-8 text).
 * @example renderChartSvg({ kind: 'pie', title: '三公经费分布图', categories: ['公务接待费'], values: ['0.58'], unit: '万元' })
 */
export function renderChartSvg(chart: ReportChart): string {
  const shapes: string[] = [];
  if (chart.kind === 'pie') {
    const cx = CHART_WIDTH / 2;
    const cy = CHART_HEIGHT / 2;
    const r = CHART_HEIGHT / 2 - MARGIN;
    const angles = sliceAngles(chart);
    chart.categories.forEach((_, i) => {
      const start = angles[i] ?? 0;
      const end = angles[i + 1] ?? start;
      if (end - start <= 0) return;
      const fill = `#${chartColour(i)}`;
      if (end - start >= 2 * Math.PI - 1e-9) {
        shapes.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`);
        return;
      }
      const large = end - start > Math.PI ? 1 : 0;
      shapes.push(
        `<path d="M ${cx} ${cy} L ${point(cx, cy, r, start)} A ${r} ${r} 0 ${large} 1 ${point(cx, cy, r, end)} Z" fill="${fill}" stroke="#FFFFFF" stroke-width="1"/>`,
      );
    });
  } else {
    bars(chart, CHART_WIDTH, CHART_HEIGHT, 1).forEach((bar, i) => {
      shapes.push(`<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" fill="#${chartColour(i)}"/>`);
    });
    const base = CHART_HEIGHT - MARGIN;
    shapes.push(`<line x1="${MARGIN}" y1="${base}" x2="${CHART_WIDTH - MARGIN}" y2="${base}" stroke="#595959" stroke-width="1"/>`);
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">`,
    `<title>${escapeXml(chart.title)}</title>`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#FFFFFF"/>`,
    ...shapes,
    '</svg>',
  ].join('\n');
}

function rgb(hex: string): [number, number, number] {
  return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
}

/**
 * The same picture as a PNG, drawn at `scale` times the SVG's size.
 * @example renderChartPng(chart).subarray(1, 4) // "PNG"
 */
export function renderChartPng(chart: ReportChart, options: { scale?: number; deflate?: Deflate } = {}): Uint8Array {
  const scale = options.scale ?? 2;
  const width = CHART_WIDTH * scale;
  const height = CHART_HEIGHT * scale;
  // Palette: 0 white, 1 axis grey, then one colour per category (cycled).
  const colours = chart.categories.map((_, i) => chartColour(i)).slice(0, CHART_COLOURS.length);
  const palette = [rgb('FFFFFF'), rgb('595959'), ...colours.map(rgb)];
  const pixels = new Uint8Array(width * height);
  const colourIndex = (i: number): number => 2 + (i % CHART_COLOURS.length);

  if (chart.kind === 'pie') {
    const cx = width / 2;
    const cy = height / 2;
    const r = height / 2 - MARGIN * scale;
    const angles = sliceAngles(chart);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const dx = x + 0.5 - cx;
        const dy = y + 0.5 - cy;
        if (dx * dx + dy * dy > r * r) continue;
        let angle = Math.atan2(dx, -dy);
        if (angle < 0) angle += 2 * Math.PI;
        let slice = 0;
        while (slice < chart.categories.length - 1 && angle >= (angles[slice + 1] ?? 0)) slice++;
        pixels[y * width + x] = colourIndex(slice);
      }
    }
  } else {
    bars(chart, width, height, scale).forEach((bar, i) => {
      for (let y = bar.y; y < bar.y + bar.height; y++) pixels.fill(colourIndex(i), y * width + bar.x, y * width + bar.x + bar.width);
    });
    const base = height - MARGIN * scale;
    for (let t = 0; t < scale; t++) pixels.fill(1, (base + t) * width + MARGIN * scale, (base + t) * width + width - MARGIN * scale);
  }
  return encodePng({ width, height, palette, pixels }, options.deflate);
}
