// Writes assets/icon-<size>.png for every size the manifest uses. Run: npx tsx tools/draw-icons.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { drawIcon, ICON_SIZES, iconFileName } from "./icons/icon";
import { encodePng } from "./icons/png";

const assets = fileURLToPath(new URL("../assets/", import.meta.url));
for (const size of ICON_SIZES) {
  const file = `${assets}${iconFileName(size)}`;
  writeFileSync(file, encodePng(drawIcon(size)));
  process.stdout.write(`wrote ${file}\n`);
}
