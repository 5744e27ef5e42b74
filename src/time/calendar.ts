/**
 * Proleptic Gregorian calendar arithmetic for the time step: day numbers, month shifts, ISO weeks.
 * Pure functions over plain `{ y, m, d }` records; no `Date`, no time zones.
 */

/** A calendar day. */
export interface CivilDate {
  /** Year (e.g. 2023). */
  readonly y: number;
  /** Month 1–12. */
  readonly m: number;
  /** Day of month 1–31. */
  readonly d: number;
}

/** True for Gregorian leap years. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month; with an unknown year February has 29. */
export function daysInMonth(y: number | undefined, m: number): number {
  if (m === 2) return y === undefined || isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(date: CivilDate): number {
  const y = date.m <= 2 ? date.y - 1 : date.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar day of a day number (inverse of `toDayNumber`). */
export function fromDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** `date` moved by `n` days. */
export function addDays(date: CivilDate, n: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** A year-month moved by `n` months. */
export function addMonths(y: number, m: number, n: number): { readonly y: number; readonly m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(date: CivilDate): number {
  const n = toDayNumber(date); // 1970-01-01 was a Thursday (4)
  return ((n + 3) % 7 + 7) % 7 + 1;
}

/** The Monday of the ISO week that contains `date`. */
export function mondayOf(date: CivilDate): CivilDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO week-numbering year and week of `date`. */
export function isoWeek(date: CivilDate): { readonly year: number; readonly week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

/** A strict `YYYY-MM-DD` parse; anything else (or an impossible day) gives undefined. */
export function parseCivilDate(text: string | undefined): CivilDate | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

/** Zero-padded decimal, or `X`s of the same width when the number is unknown. */
export function pad(n: number | undefined, width: number): string {
  if (n === undefined) return 'X'.repeat(width);
  const s = String(Math.abs(n));
  return s.length >= width ? s : '0'.repeat(width - s.length) + s;
}
