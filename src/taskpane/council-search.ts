// The council picker's type-ahead: councils whose name, short name or GSS code matches what the
// analyst typed, grouped by the type LGSCO compares within. Pure, so the matching is tested
// without a browser.
import { suggestCouncils } from "../domain/council-suggestions";
import { AUTHORITY_TYPES, type AuthorityType } from "../domain/types";
import type { CouncilOption } from "../workbook/pane/pane-api";

export interface CouncilGroup {
  type: AuthorityType;
  /** "London boroughs": the group's heading. */
  label: string;
  councils: CouncilOption[];
}

export const TYPE_GROUP_LABELS: Record<AuthorityType, string> = {
  "County Council": "County councils",
  "District Council": "District councils",
  "Metropolitan Borough": "Metropolitan boroughs",
  "Unitary Council": "Unitary councils",
  "London Borough": "London boroughs",
};

/** Lower case, "&" as "and", apostrophes and punctuation dropped, spaces collapsed. */
export function searchable(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’.,()]/g, "")
    .replace(/[-\s]+/g, " ")
    .trim();
}

/** Whether the council's name, short name or GSS code holds what was typed (every word of it). */
export function councilMatches(council: CouncilOption, query: string): boolean {
  const wanted = searchable(query);
  if (wanted === "") return true;
  if (council.gss.toLowerCase().startsWith(wanted.replace(/\s/g, ""))) return true;
  const haystack = ` ${searchable(council.name)} | ${searchable(council.shortName)} `;
  return wanted.split(" ").every((word) => haystack.includes(word));
}

/**
 * The councils matching `query`, grouped by type in the register's type order, A to Z within a
 * group with abolished councils last; a group holding only abolished councils comes after the
 * others (an analyst typing "harr" most likely wants Harrow, not the former Harrogate).
 */
export function groupCouncils(councils: readonly CouncilOption[], query: string): CouncilGroup[] {
  const matching = councils.filter((council) => councilMatches(council, query));
  const onlyAbolished = (group: CouncilGroup): number => Number(group.councils.every((council) => council.abolished !== undefined));
  return AUTHORITY_TYPES.map((type) => ({
    type,
    label: TYPE_GROUP_LABELS[type],
    councils: matching
      .filter((council) => council.type === type)
      .sort((a, b) => Number(a.abolished !== undefined) - Number(b.abolished !== undefined) || a.name.localeCompare(b.name, "en-GB")),
  }))
    .filter((group) => group.councils.length > 0)
    .sort((a, b) => onlyAbolished(a) - onlyAbolished(b));
}

/** "London Borough · E09000015", "District Council · abolished 2023 · E07000165": an option's second line. */
export function councilDetail(council: CouncilOption): string {
  const abolished = council.abolished === undefined ? [] : [`abolished ${council.abolished.slice(0, 4)}`];
  return [council.type, ...abolished, council.gss].join(" · ");
}

/**
 * The council Enter picks for what was typed, in this order:
 *   1. a council whose name, short name or GSS code is exactly the text (a current one before an abolished one);
 *   2. a current council whose name or short name starts with the text ("harr": Harrow);
 *   3. an abolished council whose name or short name starts with the text ("harr": Harrogate, abolished 2023, only without 2);
 *   4. a current council whose names hold every word typed, then an abolished one.
 * A to Z within each step; undefined when nothing matches (the box then offers "did you mean").
 */
export function bestCouncilMatch(councils: readonly CouncilOption[], query: string): CouncilOption | undefined {
  const wanted = searchable(query);
  if (wanted === "") return undefined;
  const names = (council: CouncilOption): string[] => [searchable(council.name), searchable(council.shortName)];
  const current = (council: CouncilOption): boolean => council.abolished === undefined;
  const steps: ((council: CouncilOption) => boolean)[] = [
    (council) => current(council) && (names(council).includes(wanted) || council.gss.toLowerCase() === wanted),
    (council) => names(council).includes(wanted) || council.gss.toLowerCase() === wanted,
    (council) => current(council) && names(council).some((name) => name.startsWith(wanted)),
    (council) => names(council).some((name) => name.startsWith(wanted)),
    (council) => current(council) && councilMatches(council, query),
    (council) => councilMatches(council, query),
  ];
  for (const step of steps) {
    const found = councils.filter(step).sort((a, b) => a.name.localeCompare(b.name, "en-GB"))[0];
    if (found) return found;
  }
  return undefined;
}

/** "Did you mean" for text that matches no council: the register's own suggestions (as the CLI gives them). */
export function councilSuggestions(councils: readonly CouncilOption[], query: string): CouncilOption[] {
  return suggestCouncils(query, councils);
}
