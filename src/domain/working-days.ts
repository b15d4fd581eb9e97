// Working days as the Complaint Handling Code counts them: Monday to Friday less England and
// Wales bank holidays, counted from the day after the complaint was received (a reply on the
// next working day is one working day).
import { BANK_HOLIDAY_YEARS, ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays";

const HOLIDAYS = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);
const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: "${isoDate}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

const HOLIDAY_DAYS = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS.map(dayNumber));

/** Whether the bank holidays shipped cover the date's calendar year. */
export function workingDaysKnown(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  return year >= BANK_HOLIDAY_YEARS.first && year <= BANK_HOLIDAY_YEARS.last;
}

export function isWorkingDay(isoDate: string): boolean {
  const weekday = new Date(dayNumber(isoDate) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(isoDate);
}

/**
 * Working days from `from` (not counted) to `to` (counted); 0 when `to` is the same day or
 * earlier. Undefined when either date is outside the years whose bank holidays are shipped.
 */
export function workingDaysBetween(from: string, to: string): number | undefined {
  if (!workingDaysKnown(from) || !workingDaysKnown(to)) return undefined;
  let count = 0;
  // By day number, not date text: a pack counts thousands of complaints (1 January 1970 was a Thursday).
  for (let day = dayNumber(from) + 1, last = dayNumber(to); day <= last; day++) {
    const weekday = (day + 4) % 7;
    if (weekday !== 0 && weekday !== 6 && !HOLIDAY_DAYS.has(day)) count++;
  }
  return count;
}
