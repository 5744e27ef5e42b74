/**
 * The syntax of a time phrase, before it is resolved against a reference date: which calendar
 * fields were written and how (absolute 3月, relative 上月, contextual 当月), or which duration,
 * vague word, range or named period. Produced by `parseTimePhrase`, consumed by `resolveTimePhrase`.
 */
import type { TimeGrain, TimeKind } from '../document/types.js';
import type { Festival } from './festivals.js';

/** How a calendar field was written: absolute (3月), relative to the reference date (上月), or to the text's context (当月). */
export type FieldSpec = { readonly abs: number } | { readonly rel: number } | { readonly ctx: number };

/** A part of the day (上午, 下午 …). */
export interface PartOfDay {
  /** Surface word. */
  readonly word: string;
  /** Start `HH:MM`. */
  readonly from: string;
  /** End `HH:MM` (`24:00` allowed). */
  readonly to: string;
  /** How a clock hour inside it is read: pm adds 12 below 12, night adds 12 from 6 to 11, noon adds 12 below 6. */
  readonly shift: 'am' | 'pm' | 'noon' | 'night' | 'none';
}

/** Calendar and clock fields written in one phrase (one endpoint of a range). */
export interface TimeFields {
  /** Year. */
  year?: FieldSpec;
  /** Quarter 1–4 (abs) or relative quarter (本季度). */
  quarter?: FieldSpec;
  /** Quarter range (前三季度, 一至三季度). */
  quarters?: readonly [number, number];
  /** 上半年 1, 下半年 2. */
  half?: 1 | 2;
  /** Month. */
  month?: FieldSpec;
  /** Month range inside a year (1—2月, 前两个月). */
  months?: readonly [number, number];
  /** 上旬 1, 中旬 2, 下旬 3. */
  xun?: 1 | 2 | 3;
  /** 初 / 底 / 末 on the finest unit written (年初, 3月底). */
  edge?: 'start' | 'end';
  /** Day of month (abs), or a day relative to the reference (昨天) or context (次日). */
  day?: FieldSpec;
  /** Week relative to the reference week (本周 0, 上周 −1). */
  week?: number;
  /** ISO weekday 1–7 (周五 5). */
  weekday?: number;
  /** 周末: Saturday and Sunday. */
  weekend?: boolean;
  /** A named day (春节, 国庆节). */
  festival?: Festival;
  /** Part of day. */
  part?: PartOfDay;
  /** Clock hour 0–24. */
  hour?: number;
  /** Clock minute 0–59. */
  minute?: number;
}

/** A parsed phrase. */
export type TimePhrase =
  | { readonly type: 'point'; readonly fields: TimeFields }
  | { readonly type: 'range'; readonly from: TimeFields; readonly to: TimeFields }
  | { readonly type: 'since'; readonly from: TimeFields }
  | { readonly type: 'duration'; readonly value: string; readonly grain: TimeGrain }
  | { readonly type: 'offset'; readonly unit: 'year' | 'month' | 'week' | 'day'; readonly n: number }
  | { readonly type: 'ahead'; readonly years: number }
  | { readonly type: 'vague'; readonly grain: 'day' | 'year'; readonly yearOffset: number }
  | { readonly type: 'fixed'; readonly value: string; readonly grain: TimeGrain; readonly kind: TimeKind }
  | { readonly type: 'skip' };

/** A phrase and where it is. */
export interface PhraseMatch {
  /** First UTF-16 unit. */
  readonly start: number;
  /** End, exclusive. */
  readonly end: number;
  /** What was written. */
  readonly phrase: TimePhrase;
}
