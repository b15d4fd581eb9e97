// Bank holidays in England and Wales, 2014 to 2027, shipped as data: working days in the
// committee pack are counted without them. Each date was read from a copy of GOV.UK's list
// (https://www.gov.uk/bank-holidays, its bank-holidays.json "england-and-wales" division),
// substitute days included; 2027's Easter Monday and summer bank holiday follow the Banking and
// Financial Dealings Act 1971, schedule 1 (Easter Monday; the last Monday in August).

export const BANK_HOLIDAYS_SOURCE = "GOV.UK, UK bank holidays: England and Wales (https://www.gov.uk/bank-holidays)";

/** First and last calendar years the list covers: a date outside them cannot be counted. */
export const BANK_HOLIDAY_YEARS = { first: 2014, last: 2027 } as const;

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = [
  // 2014
  "2014-01-01", "2014-04-18", "2014-04-21", "2014-05-05", "2014-05-26", "2014-08-25", "2014-12-25", "2014-12-26",
  // 2015 (Boxing Day on a Saturday: substitute Monday 28 December)
  "2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28",
  // 2016 (Christmas Day on a Sunday: substitute Tuesday 27 December)
  "2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27",
  // 2017 (New Year's Day on a Sunday: substitute Monday 2 January)
  "2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26",
  // 2018
  "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26",
  // 2019
  "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26",
  // 2020 (early May moved to Friday 8 May for VE day)
  "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
  // 2021
  "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
  // 2022 (spring bank holiday moved to 2 June; Platinum Jubilee; the Queen's state funeral)
  "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
  // 2023 (the coronation of King Charles III)
  "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26",
  // 2024
  "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
  // 2025
  "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
  // 2026 (Boxing Day on a Saturday: substitute Monday 28 December)
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
  // 2027 (Christmas Day and Boxing Day on a weekend: substitutes Monday 27 and Tuesday 28 December)
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
];
