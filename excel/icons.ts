import { encodePng } from './png.js';

/** Icon sizes in pixels: 16, 32 and 80 for the ribbon, 32 and 64 for the add-in lists. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

const BACKGROUND = [0x0f, 0x6c, 0xbd] as const;
const SUPERSAMPLING = 4;
/** Three rising bars, as fractions of the icon: left, right, top (bottom is shared). */
const BARS = [
  [0.2, 0.36, 0.58],
  [0.42, 0.58, 0.42],
  [0.64, 0.8, 0.22],
] as const;
const BARS_BOTTOM = 0.8;
const CORNER_RADIUS = 0.18;

/** Draws the add-in icon, a blue rounded square with three rising white bars, as a PNG. */
export function drawIcon(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const { square, bar } = coverage(x, y, size);
      const offset = (y * size + x) * 4;
      for (let channel = 0; channel < 3; channel++) {
        const base = BACKGROUND[channel] ?? 0;
        rgba[offset + channel] = Math.round(base + (255 - base) * (square > 0 ? bar / square : 0));
      }
      rgba[offset + 3] = Math.round(255 * square);
    }
  }
  return encodePng(size, rgba);
}

/** Shares of a pixel inside the rounded square and inside a bar, from sub-pixel samples. */
function coverage(x: number, y: number, size: number): { square: number; bar: number } {
  let square = 0;
  let bar = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const u = (x + (sx + 0.5) / SUPERSAMPLING) / size;
      const v = (y + (sy + 0.5) / SUPERSAMPLING) / size;
      if (!insideRoundedSquare(u, v)) continue;
      square++;
      if (
        BARS.some(([left, right, top]) => u >= left && u < right && v >= top && v < BARS_BOTTOM)
      ) {
        bar++;
      }
    }
  }
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  return { square: square / samples, bar: bar / samples };
}

function insideRoundedSquare(u: number, v: number): boolean {
  const dx = Math.max(CORNER_RADIUS - u, 0, u - (1 - CORNER_RADIUS));
  const dy = Math.max(CORNER_RADIUS - v, 0, v - (1 - CORNER_RADIUS));
  return dx * dx + dy * dy <= CORNER_RADIUS * CORNER_RADIUS;
}
