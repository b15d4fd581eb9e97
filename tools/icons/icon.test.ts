import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { drawIcon, ICON_SIZES, iconFileName } from "./icon";
import { encodePng } from "./png";

function pixel(image: ReturnType<typeof drawIcon>, x: number, y: number): number[] {
  const at = (y * image.width + x) * 4;
  return [...image.pixels.subarray(at, at + 4)];
}

describe("drawIcon", () => {
  it("leaves the rounded corners transparent and fills the tile opaque", () => {
    const icon = drawIcon(64);
    expect(pixel(icon, 0, 0)[3]).toBe(0);
    expect(pixel(icon, 63, 63)[3]).toBe(0);
    expect(pixel(icon, 4, 32)).toEqual([0x1b, 0x4f, 0x72, 255]);
  });

  it("draws the white lens ring and, from 32 px, the amber bars inside it", () => {
    const icon = drawIcon(128);
    // On the ring: the lens centre (0.43) minus its radius (0.25), at the lens's height.
    expect(pixel(icon, Math.round(0.18 * 128), Math.round(0.43 * 128))).toEqual([255, 255, 255, 255]);
    // Inside the middle bar.
    expect(pixel(icon, Math.round(0.43 * 128), Math.round(0.45 * 128))).toEqual([0xf5, 0xb0, 0x41, 255]);
    // At 16 px the bars are left out: the lens centre shows the tile.
    const small = drawIcon(16);
    expect(pixel(small, 7, 7)).toEqual([0x1b, 0x4f, 0x72, 255]);
  });

  it("matches the committed PNGs in assets/ (re-run tools/draw-icons.ts after changing the design)", () => {
    for (const size of ICON_SIZES) {
      const committed = readFileSync(new URL(`../../assets/${iconFileName(size)}`, import.meta.url));
      expect(encodePng(drawIcon(size)).equals(committed), iconFileName(size)).toBe(true);
    }
  });
});
