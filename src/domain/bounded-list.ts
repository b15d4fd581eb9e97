// A list written into one cell stays far inside Excel's 32,767 characters: the first items, then
// how many more there are (a register of thousands of complaints can name thousands of references).

/** Items joined with `separator` up to about `maxChars`, then "… and N more"; a first item alone over it is cut. */
export function boundedList(items: readonly string[], maxChars = 2_000, separator = ", "): string {
  let text = "";
  for (const [i, item] of items.entries()) {
    const next = text === "" ? item : `${text}${separator}${item}`;
    if (next.length > maxChars) {
      if (text === "") return `${item.slice(0, maxChars)}…${items.length > 1 ? ` and ${items.length - 1} more` : ""}`;
      return `${text} … and ${items.length - i} more`;
    }
    text = next;
  }
  return text;
}
