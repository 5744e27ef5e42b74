/**
 * Turn a parsed time phrase into an ISO 8601 value, grain and kind, against the reference date
 * and the text's running context (the last day or month written), following the conventions in
 * `find-time-expressions.ts`. Unknown fields print as `X` (TIMEX3 style): `XXXX-03-23`.
 */
import type { TimeGrain, TimeKind } from '../document/types.js';
import { addDays, addMonths, daysInMonth, isoWeek, mondayOf, pad } from './calendar.js';
import type { CivilDate } from './calendar.js';
import { festivalDate } from './festivals.js';
import type { FieldSpec, PartOfDay, TimeFields, TimePhrase } from './time-phrase.js';

/** The last calendar position the text wrote, for 24日 (month from context), 当天, 次日, a bare 下午. */
export interface TimeAnchor {
  /** Year, when known. */
  readonly y?: number | undefined;
  /** Month, when known. */
  readonly m?: number | undefined;
  /** Day, when known. */
  readonly d?: number | undefined;
}

/** What resolution reads: the reference date (if any) and the running anchor. */
export interface ResolveContext {
  /** Reference date (`meta.date`). */
  readonly ref: CivilDate | undefined;
  /** Last date written in the text. */
  readonly anchor: TimeAnchor;
}

/** A resolved phrase. */
export interface ResolvedTime {
  /** ISO 8601 value. */
  readonly value: string;
  /** Granularity. */
  readonly grain: TimeGrain;
  /** Kind. */
  readonly kind: TimeKind;
  /** New anchor, when the phrase names a calendar position. */
  readonly anchor?: TimeAnchor;
}

/** A day whose fields may be unknown. */
interface LooseDay { readonly y: number | undefined; readonly m: number | undefined; readonly d: number | undefined }

/** One resolved endpoint: its first and last ISO pieces (equal for a plain date). */
interface Endpoint {
  readonly first: string;
  readonly last: string;
  readonly grain: TimeGrain;
  /** A span within one phrase (上半年, 上旬, 前三季度, 周末): kind range. */
  readonly interval: boolean;
  readonly vague: boolean;
  /** First day covered, for 以来. */
  readonly startDay: LooseDay;
  /** Anchor for the following text. */
  readonly anchor?: TimeAnchor;
  /** Year, month, day and part, for the other end of a range. */
  readonly y: number | undefined;
  readonly m: number | undefined;
  readonly d: number | undefined;
  readonly part: PartOfDay | undefined;
}

/** What the left end of a range lends the right end (3月23日至25日: year and month). */
interface Inherit { readonly y?: number | undefined; readonly m?: number | undefined; readonly d?: number | undefined; readonly part?: PartOfDay | undefined }

const GRAIN_ORDER: readonly TimeGrain[] = ['minute', 'hour', 'halfday', 'day', 'week', 'month', 'quarter', 'year'];

function finer(a: TimeGrain, b: TimeGrain): TimeGrain {
  return GRAIN_ORDER.indexOf(a) <= GRAIN_ORDER.indexOf(b) ? a : b;
}

function fmtYear(y: number | undefined): string {
  return y === undefined ? 'XXXX' : y < 0 || y > 9999 ? String(y) : pad(y, 4);
}

function fmtMonth(y: number | undefined, m: number | undefined): string {
  return `${fmtYear(y)}-${pad(m, 2)}`;
}

function fmtDay(day: LooseDay): string {
  return `${fmtMonth(day.y, day.m)}-${pad(day.d, 2)}`;
}

/**
 * The year of a month written without one: the reference year, except a month at least 8 months
 * after the reference month is last year's (12月 in a January article) and a month at least 10
 * months before it is next year's (1月 in a December article).
 */
function inferYear(m: number, ref: CivilDate | undefined): number | undefined {
  if (ref === undefined) return undefined;
  if (m - ref.m >= 8) return ref.y - 1;
  if (ref.m - m >= 10) return ref.y + 1;
  return ref.y;
}

function specYear(spec: FieldSpec, ctx: ResolveContext): { y: number | undefined; vague: boolean } {
  if ('abs' in spec) return { y: spec.abs, vague: false };
  if ('rel' in spec) return { y: ctx.ref === undefined ? undefined : ctx.ref.y + spec.rel, vague: false };
  const base = ctx.anchor.y ?? ctx.ref?.y;
  return { y: base === undefined ? undefined : base + spec.ctx, vague: ctx.anchor.y === undefined };
}

/** Shift a loose day by `n` days; an unknown year is carried through a leap year stand-in. */
function shiftDay(day: LooseDay, n: number): LooseDay {
  if (day.m === undefined || day.d === undefined) return { y: undefined, m: undefined, d: undefined };
  if (n === 0) return day;
  const moved = addDays({ y: day.y ?? 2000, m: day.m, d: day.d }, n);
  return { y: day.y === undefined ? undefined : moved.y, m: moved.m, d: moved.d };
}

const UNKNOWN_DAY: LooseDay = { y: undefined, m: undefined, d: undefined };

function refDay(ctx: ResolveContext): LooseDay {
  return ctx.ref ?? UNKNOWN_DAY;
}

/** The day a bare part of day or clock refers to: the left end of a range, the anchor day, or the reference. */
function contextDay(ctx: ResolveContext, inherit: Inherit): LooseDay {
  if (inherit.d !== undefined) return { y: inherit.y, m: inherit.m, d: inherit.d };
  const a = ctx.anchor;
  if (a.d !== undefined && a.m !== undefined) return { y: a.y, m: a.m, d: a.d };
  return refDay(ctx);
}

function plain(first: string, grain: TimeGrain, startDay: LooseDay, extra: Partial<Endpoint> = {}): Endpoint {
  return {
    first, last: first, grain, interval: false, vague: false, startDay,
    y: startDay.y, m: startDay.m, d: undefined, part: undefined, ...extra,
  };
}

function span(first: string, last: string, grain: TimeGrain, startDay: LooseDay): Endpoint {
  return { first, last, grain, interval: true, vague: false, startDay, y: startDay.y, m: startDay.m, d: undefined, part: undefined };
}

/** Resolve one endpoint's fields; undefined for an impossible date (2月30日). */
function resolveFields(f: TimeFields, ctx: ResolveContext, inherit: Inherit = {}): Endpoint | undefined {
  const ref = ctx.ref;
  let y: number | undefined = inherit.y;
  let vague = false;
  if (f.year !== undefined) ({ y, vague } = specYear(f.year, ctx));
  const yearKnown = f.year !== undefined || inherit.y !== undefined;

  if (f.quarters !== undefined) {
    const [a, b] = f.quarters;
    const yy = yearKnown ? y : inferYear(b * 3, ref);
    return span(`${fmtYear(yy)}-Q${a}`, `${fmtYear(yy)}-Q${b}`, 'quarter', { y: yy, m: a * 3 - 2, d: 1 });
  }
  if (f.quarter !== undefined) {
    let q: number | undefined;
    let yy = y;
    if ('abs' in f.quarter) {
      q = f.quarter.abs;
      if (!yearKnown) yy = inferYear(q * 3 - 2, ref);
    } else if ('rel' in f.quarter && ref !== undefined) {
      const index = ref.y * 4 + Math.floor((ref.m - 1) / 3) + f.quarter.rel;
      yy = Math.floor(index / 4);
      q = index - yy * 4 + 1;
    }
    const value = `${fmtYear(yy)}-Q${q === undefined ? 'X' : q}`;
    return plain(value, 'quarter', { y: yy, m: q === undefined ? undefined : q * 3 - 2, d: 1 }, { vague: vague || f.edge !== undefined });
  }
  if (f.half !== undefined) {
    const a = f.half === 1 ? 1 : 7;
    const yy = yearKnown ? y : inferYear(a, ref);
    return span(fmtMonth(yy, a), fmtMonth(yy, a + 5), 'month', { y: yy, m: a, d: 1 });
  }
  if (f.months !== undefined) {
    const [a, b] = f.months;
    const yy = yearKnown ? y : inferYear(b, ref);
    return span(fmtMonth(yy, a), fmtMonth(yy, b), 'month', { y: yy, m: a, d: 1 });
  }
  if (f.edge !== undefined && f.month === undefined) {
    // 年初 / 年底: the first or last month of the year, vague.
    const yy = yearKnown ? y : ref?.y;
    const m = f.edge === 'start' ? 1 : 12;
    return plain(fmtMonth(yy, m), 'month', { y: yy, m, d: 1 }, { vague: true, anchor: { y: yy } });
  }

  // Month.
  let m: number | undefined = inherit.m;
  if (f.month !== undefined) {
    if ('abs' in f.month) {
      m = f.month.abs;
      if (!yearKnown) y = inferYear(m, ref);
    } else {
      const base = 'rel' in f.month ? ref : ctx.anchor.m !== undefined ? { y: ctx.anchor.y, m: ctx.anchor.m } : ref;
      const offset = 'rel' in f.month ? f.month.rel : f.month.ctx;
      if (base === undefined || base.m === undefined) {
        m = undefined;
        y = undefined;
      } else if (base.y === undefined) {
        m = addMonths(2000, base.m, offset).m;
        y = undefined;
      } else {
        ({ y, m } = addMonths(base.y, base.m, offset));
      }
    }
    if (f.xun !== undefined) {
      const from = f.xun === 1 ? 1 : f.xun === 2 ? 11 : 21;
      const to = f.xun === 1 ? 10 : f.xun === 2 ? 20 : m === undefined ? undefined : daysInMonth(y, m);
      return span(fmtDay({ y, m, d: from }), fmtDay({ y, m, d: to }), 'day', { y, m, d: from });
    }
    if (f.edge !== undefined) {
      return plain(fmtMonth(y, m), 'month', { y, m, d: 1 }, { vague: true, anchor: { y, m } });
    }
    if (f.day === undefined) {
      return plain(fmtMonth(y, m), 'month', { y, m, d: 1 }, { vague, anchor: { y, m } });
    }
  }

  // Day.
  let day: LooseDay | undefined;
  if (f.day !== undefined) {
    if ('abs' in f.day) {
      const d = f.day.abs;
      if (f.month === undefined && inherit.m === undefined) {
        const a = ctx.anchor;
        if (a.m !== undefined) ({ y, m } = { y: a.y, m: a.m });
        else if (ref !== undefined) ({ y, m } = d - ref.d >= 15 ? addMonths(ref.y, ref.m, -1) : ref);
        else ({ y, m } = { y: undefined, m: undefined });
      }
      if (m !== undefined && d > daysInMonth(y, m)) return undefined;
      day = { y, m, d };
    } else if ('rel' in f.day) {
      day = shiftDay(refDay(ctx), f.day.rel);
    } else {
      day = shiftDay(contextDay(ctx, inherit), f.day.ctx);
    }
  } else if (f.festival !== undefined) {
    const fest = f.festival;
    const yy = yearKnown ? y : inferYear(fest.month, ref);
    if (yy === undefined) {
      if (fest.rule.kind !== 'fixed') return plain('XXXX', 'year', UNKNOWN_DAY, { vague: true });
      day = { y: undefined, m: fest.rule.m, d: fest.rule.d };
    } else {
      const date = festivalDate(fest, yy);
      if (date === undefined) return plain(fmtYear(yy), 'year', { y: yy, m: 1, d: 1 }, { vague: true });
      day = date;
    }
  } else if (f.week !== undefined || f.weekday !== undefined || f.weekend === true) {
    const week = f.week ?? 0;
    if (ref === undefined) {
      if (f.weekend === true) return span('XXXX-WXX-6', 'XXXX-WXX-7', 'day', UNKNOWN_DAY);
      if (f.weekday === undefined) return plain('XXXX-WXX', 'week', UNKNOWN_DAY);
      const value = `XXXX-WXX-${f.weekday}`;
      return withClock(f, value, UNKNOWN_DAY, inherit);
    }
    const monday = addDays(mondayOf(ref), 7 * week);
    if (f.weekend === true) return span(fmtDay(addDays(monday, 5)), fmtDay(addDays(monday, 6)), 'day', addDays(monday, 5));
    if (f.weekday === undefined) {
      const w = isoWeek(monday);
      return plain(`${fmtYear(w.year)}-W${pad(w.week, 2)}`, 'week', monday);
    }
    day = addDays(monday, f.weekday - 1);
  }

  if (day === undefined) {
    if (f.part === undefined && f.hour === undefined) {
      // A bare year (2023年, 今年, 当年).
      return plain(fmtYear(y), 'year', { y, m: 1, d: 1 }, { vague, anchor: { y } });
    }
    day = contextDay(ctx, inherit);
    return withClock(f, fmtDay(day), day, inherit, false);
  }
  return withClock(f, fmtDay(day), day, inherit, true);
}

/** Add part of day and clock to a resolved day. */
function withClock(f: TimeFields, dayValue: string, day: LooseDay, inherit: Inherit, ownDay = false): Endpoint {
  const base = { y: day.y, m: day.m, d: day.d };
  const anchor = ownDay ? base : undefined;
  const part = f.part ?? (f.hour !== undefined ? inherit.part : undefined);
  const extra = { ...base, part, ...(anchor === undefined ? {} : { anchor }) };
  if (f.hour === undefined) {
    if (part === undefined) return { ...plain(dayValue, 'day', day), ...extra };
    return { ...plain(`${dayValue}T${part.from}`, 'halfday', day), last: `${dayValue}T${part.to}`, ...extra };
  }
  let hour = f.hour;
  const shift = part?.shift;
  if (shift === 'pm' && hour < 12) hour += 12;
  else if (shift === 'pm' && hour === 12 && part !== undefined && part.from >= '18:00') hour = 24;
  else if (shift === 'night' && hour >= 6 && hour < 12) hour += 12;
  else if (shift === 'night' && hour === 12) hour = 24;
  else if (shift === 'noon' && hour < 6) hour += 12;
  else if (shift === 'am' && hour === 12 && part?.word === '凌晨') hour = 0;
  let clockDay = day;
  let value = dayValue;
  if (hour >= 24) {
    hour -= 24;
    clockDay = shiftDay(day, 1);
    value = fmtDay(clockDay);
  }
  const minute = f.minute;
  const text = `${value}T${pad(hour, 2)}:${pad(minute ?? 0, 2)}`;
  return { ...plain(text, minute === undefined ? 'hour' : 'minute', clockDay), ...extra };
}

function endpointMonth(f: TimeFields): number | undefined {
  if (f.month !== undefined && 'abs' in f.month) return f.month.abs;
  if (f.months !== undefined) return f.months[1];
  if (f.quarter !== undefined && 'abs' in f.quarter) return f.quarter.abs * 3;
  return undefined;
}

function kindOf(e: Endpoint): TimeKind {
  return e.vague ? 'vague' : e.interval ? 'range' : 'date';
}

function valueOf(e: Endpoint): string {
  return e.first === e.last ? e.first : `${e.first}/${e.last}`;
}

/** Resolve `A至B`: B borrows what it leaves out from A; without any year, B's month decides the year. */
function resolveRange(from: TimeFields, to: TimeFields, ctx: ResolveContext): ResolvedTime | undefined {
  const fromMonth = endpointMonth(from);
  const toMonth = endpointMonth(to);
  let a: Endpoint | undefined;
  let b: Endpoint | undefined;
  if (from.year === undefined && fromMonth !== undefined && toMonth !== undefined) {
    b = resolveFields(to, ctx);
    if (b === undefined) return undefined;
    a = resolveFields(from, ctx, { y: b.y === undefined ? undefined : fromMonth > toMonth ? b.y - 1 : b.y });
  } else {
    a = resolveFields(from, ctx);
    if (a === undefined) return undefined;
    const lendsYear = to.year === undefined && (to.month !== undefined || to.quarter !== undefined || to.day !== undefined || to.festival !== undefined);
    const lendsMonth = to.month === undefined && to.day !== undefined && 'abs' in to.day;
    const clockOnly = to.day === undefined && to.month === undefined && to.year === undefined && to.festival === undefined
      && to.weekday === undefined && (to.hour !== undefined || to.part !== undefined);
    const inherit: Inherit = clockOnly
      ? { y: a.y, m: a.m, d: a.d, part: a.part }
      : lendsMonth ? { y: a.y, m: a.m } : lendsYear ? { y: a.y } : {};
    b = resolveFields(to, ctx, inherit);
  }
  if (a === undefined || b === undefined) return undefined;
  const anchor = a.anchor;
  return {
    value: `${a.first}/${b.last}`, grain: finer(a.grain, b.grain), kind: 'range',
    ...(anchor === undefined ? {} : { anchor }),
  };
}

/** Resolve a parsed phrase; undefined when it names an impossible date or is a recurring set. */
export function resolveTimePhrase(phrase: TimePhrase, ctx: ResolveContext): ResolvedTime | undefined {
  const ref = ctx.ref;
  switch (phrase.type) {
    case 'point': {
      const e = resolveFields(phrase.fields, ctx);
      if (e === undefined) return undefined;
      return { value: valueOf(e), grain: e.grain, kind: kindOf(e), ...(e.anchor === undefined ? {} : { anchor: e.anchor }) };
    }
    case 'range':
      return resolveRange(phrase.from, phrase.to, ctx);
    case 'since': {
      const e = resolveFields(phrase.from, ctx);
      if (e === undefined) return undefined;
      return { value: `${fmtDay(e.startDay)}/${fmtDay(refDay(ctx))}`, grain: 'day', kind: 'range' };
    }
    case 'duration':
      return { value: phrase.value, grain: phrase.grain, kind: 'duration' };
    case 'offset': {
      const n = phrase.n;
      if (phrase.unit === 'year') return { value: fmtYear(ref === undefined ? undefined : ref.y + n), grain: 'year', kind: 'date' };
      if (phrase.unit === 'month') {
        const mm = ref === undefined ? undefined : addMonths(ref.y, ref.m, n);
        return { value: fmtMonth(mm?.y, mm?.m), grain: 'month', kind: 'date' };
      }
      if (phrase.unit === 'week') {
        if (ref === undefined) return { value: 'XXXX-WXX', grain: 'week', kind: 'date' };
        const w = isoWeek(addDays(ref, 7 * n));
        return { value: `${fmtYear(w.year)}-W${pad(w.week, 2)}`, grain: 'week', kind: 'date' };
      }
      return { value: fmtDay(shiftDay(refDay(ctx), n)), grain: 'day', kind: 'date' };
    }
    case 'ahead':
      return {
        value: ref === undefined ? 'XXXX/XXXX' : `${fmtYear(ref.y)}/${fmtYear(ref.y + phrase.years - 1)}`,
        grain: 'year', kind: 'range',
      };
    case 'vague':
      return phrase.grain === 'year'
        ? { value: fmtYear(ref === undefined ? undefined : ref.y + phrase.yearOffset), grain: 'year', kind: 'vague' }
        : { value: fmtDay(refDay(ctx)), grain: 'day', kind: 'vague' };
    case 'fixed':
      return { value: phrase.value, grain: phrase.grain, kind: phrase.kind };
    case 'skip':
      return undefined;
  }
}
