// The add-in's icon: a magnifying glass over a small bar chart on a civic-blue tile
// ("scrutiny of statistics"). Shapes are signed-distance functions in unit coordinates,
// supersampled per pixel, so every size is drawn crisply from the same description.
import type { RgbaImage } from "./png";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const TILE: Rgb = [0x1b, 0x4f, 0x72];
const GLASS: Rgb = [0xff, 0xff, 0xff];
const BARS: Rgb = [0xf5, 0xb0, 0x41];

/** Negative inside the shape, positive outside, in unit coordinates. */
type Shape = (x: number, y: number) => number;

function roundedSquare(inset: number, radius: number): Shape {
  return (x, y) => {
    const half = 0.5 - inset - radius;
    const dx = Math.max(Math.abs(x - 0.5) - half, 0);
    const dy = Math.max(Math.abs(y - 0.5) - half, 0);
    return Math.hypot(dx, dy) - radius;
  };
}

function ring(cx: number, cy: number, radius: number, thickness: number): Shape {
  return (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - radius) - thickness / 2;
}

function capsule(ax: number, ay: number, bx: number, by: number, radius: number): Shape {
  return (x, y) => {
    const abx = bx - ax;
    const aby = by - ay;
    const t = Math.min(1, Math.max(0, ((x - ax) * abx + (y - ay) * aby) / (abx * abx + aby * aby)));
    return Math.hypot(x - (ax + t * abx), y - (ay + t * aby)) - radius;
  };
}

function box(left: number, top: number, right: number, bottom: number): Shape {
  return (x, y) => Math.max(left - x, x - right, top - y, y - bottom);
}

interface Layer {
  shape: Shape;
  colour: Rgb;
}

function layersFor(size: number): Layer[] {
  // Small icons get bolder strokes and no bars: at 16 px detail turns to mush.
  const small = size < 32;
  const lens = { cx: 0.43, cy: 0.43, r: small ? 0.24 : 0.25 };
  const stroke = small ? 0.12 : 0.08;
  const layers: Layer[] = [
    { shape: roundedSquare(0, small ? 0.14 : 0.18), colour: TILE },
    { shape: ring(lens.cx, lens.cy, lens.r, stroke), colour: GLASS },
    { shape: capsule(0.62, 0.62, 0.82, 0.82, small ? 0.075 : 0.06), colour: GLASS },
  ];
  if (!small) {
    const base = 0.53;
    const width = 0.07;
    for (const [centre, height] of [
      [0.33, 0.1],
      [0.43, 0.2],
      [0.53, 0.14],
    ] as const) {
      layers.push({ shape: box(centre - width / 2, base - height, centre + width / 2, base), colour: BARS });
    }
  }
  return layers;
}

/** Draws the icon at `size` × `size` pixels. Deterministic: same size, same bytes. */
export function drawIcon(size: number, samplesPerAxis = 8): RgbaImage {
  const layers = layersFor(size);
  const pixels = new Uint8Array(size * size * 4);
  const samples = samplesPerAxis * samplesPerAxis;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the pixel's sub-samples, layer over layer.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samplesPerAxis; sy++) {
        for (let sx = 0; sx < samplesPerAxis; sx++) {
          const x = (px + (sx + 0.5) / samplesPerAxis) / size;
          const y = (py + (sy + 0.5) / samplesPerAxis) / size;
          let colour: Rgb | undefined;
          for (const layer of layers) if (layer.shape(x, y) <= 0) colour = layer.colour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const at = (py * size + px) * 4;
      if (a > 0) {
        pixels[at] = Math.round(r / a);
        pixels[at + 1] = Math.round(g / a);
        pixels[at + 2] = Math.round(b / a);
        pixels[at + 3] = Math.round((255 * a) / samples);
      }
    }
  }
  return { width: size, height: size, pixels };
}

export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}
