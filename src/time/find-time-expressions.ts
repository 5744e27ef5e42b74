/**
 * Time step: text (normalized) + optional reference date → `TimeExpression[]` in text order,
 * non-overlapping, each with `text === input.slice(start, end)` (UTF-16 offsets into the given text).
 * A left-to-right scanner tries small bounded rules at each offset and keeps the longest phrase,
 * so the run time is linear in the text length; no input makes it throw.
 *
 * Value conventions (ISO 8601; `X` marks what the text and reference date leave unknown, TIMEX3 style):
 * - year `2023`; quarter `2023-Q1`; month `2023-03`; week `2023-W12` (ISO week); day `2023-03-23`.
 * - part of day (grain `halfday`, kind date): an interval on its day — 上午 `T00:00/T12:00`,
 *   下午 `T12:00/T18:00`, 晚上 `T18:00/T24:00`, 凌晨 `T00:00/T06:00`, 中午 `T11:00/T13:00`,
 *   早上/早晨 `T06:00/T09:00`, 傍晚 `T17:00/T19:00`, 白天 `T06:00/T18:00`.
 * - clock: hour `2023-03-23T15:00` (minutes always written), minute `2023-03-23T09:30`; 下午3点 → 15:00,
 *   晚上12点 → next day T00:00. A clock or part of day without a date takes the last day written in the
 *   text, else the reference date.
 * - range (kind range): `start/end` with each end at its own precision (`2023-03-23/2023-03-25`,
 *   `2021/2025`, `2023-01/2023-06` for 上半年, `2023-Q1/2023-Q3` for 前三季度, `2023-03-11/2023-03-20`
 *   for 3月中旬, Saturday/Sunday for 周末); grain is the finer of the two ends. 十四五 → `2021/2025`.
 *   今后三年 / 未来三年 → `2023/2025` (the reference year and the next two).
 *   以来 and 至今 → from the first day of the phrase to the reference date, grain day
 *   (今年以来 `2023-01-01/2023-03-25`); 1990年代 / 20世纪90年代 → `1990/1999`.
 * - duration (kind duration): `P3Y`, `P3M`, `P2W`, `P30D`, `PT24H`, `PT30M`; 三年来 / 近三年 / 两年间 are
 *   durations `P3Y`; 5个工作日 → `P5D` (working days are not told apart); 半年 `P6M`; 多年 / 几个月 →
 *   `PXY` / `PXM`; 二十多年 keeps the stated lower bound `P20Y`. 三年前 / 两天后 are dates (ref ± n).
 * - vague (kind vague): 近日, 日前, 近期, 目前, 当前, 如今, 现在, 当下 … → the reference day (grain day);
 *   近年来, 近些年, 年内 → the reference year (grain year); 去年同期 → last year. Also vague: 年初 `2023-01`
 *   and 年底 `2023-12` (grain month), 3月底 `2023-03` (grain month), 当年 without an earlier year.
 *   Without a reference date: `XXXX-XX-XX` / `XXXX`.
 * - Year of a month written without one: the reference year, except a month ≥ 8 months after the
 *   reference month is last year's (12月 in a January article) and one ≥ 10 months before it is next
 *   year's (1月 in a December article); ranges decide by their right end. A day without a month
 *   (24日) takes month and year from the last date written in the text, else from the reference date
 *   (the previous month when the day is ≥ 15 days after the reference day). 当天/次日/前一天 count from
 *   the last day written, else the reference date. 周五 is the Friday of the reference date's ISO week.
 * - Festivals resolve to their day in the year written or inferred (as for months); lunar festivals
 *   outside the table in `festivals.ts` give the bare year, kind vague.
 * - Not times: recurring sets (每年, 每月15日, 每周一), 十分 (adverb), 一时, 3点建议, 第一时间, 三年级,
 *   五年规划, 一周年, 同比.
 */
import type { TimeExpression } from '../document/types.js';
import { type GridWord, wordAt, type WordGrid, wordGrid } from '../text/word-grid.js';
import { parseCivilDate } from './calendar.js';
import { mayStartTimeAt, parseTimePhrase } from './parse-time-phrase.js';
import { resolveTimePhrase } from './resolve-time-phrase.js';
import type { ResolveContext, TimeAnchor } from './resolve-time-phrase.js';

/** Options of `findTimeExpressions`. */
export interface TimeOptions {
  /** Reference date YYYY-MM-DD (`meta.date`); anything else is ignored as if absent. */
  readonly refDate?: string | undefined;
  /**
   * The segmenter's words of the same text. A phrase then may not begin inside a dictionary word that
   * ends inside it (精神文明|日益 holds no 明日, 项目|前置 no 目前, 过去|年度 no 去年度), nor end inside a
   * dictionary word that begins inside it (世界上|年产 holds no 上年), nor be the mere beginning of one
   * (百年未有之大变局 holds no 百年, 一年级 no 一年). Trusted for this are dictionary
   * words other than time words (本|年内), numerals (四分之一|世纪), idioms and set phrases (回顾过去|一年),
   * adverbs (九十年代|初步) and HMM guesses (POS x); a word that only takes a phrase's closing 年 (本|年收入)
   * is let through, and a phrase with digits (2007|年产量) is not checked.
   */
  readonly words?: readonly GridWord[] | undefined;
}

/** A dictionary word whose boundary a time phrase must respect (see `TimeOptions.words`). */
function trusted(w: GridWord | undefined): w is GridWord {
  return w !== undefined && !/^(?:x|eng|m|t|i|l|d)/.test(w.pos);
}

/** What follows a plan period inside one word (七五|计划, 十四五|规划). */
const PLAN = /^(?:计划|规划)/u;

/** Whether `text[start, end)` crosses a trusted word's edge (see `TimeOptions.words`). */
function crossesWord(grid: WordGrid | undefined, text: string, start: number, end: number): boolean {
  if (!grid || /[0-9０-９]/.test(text.slice(start, end))) return false;
  const a = grid.words[wordAt(grid, start)];
  if (trusted(a) && a.start < start && a.end > start && a.end < end) return true;
  // A word the phrase only begins (百年|未有之大变局 as one theme word, 一年|级) holds no time either,
  // except a five-year plan named by its period (七五|计划 is the plan of 1986–1990).
  if (trusted(a) && a.start === start && a.end > end && !PLAN.test(text.slice(end, a.end))) return true;
  const b = grid.words[wordAt(grid, end - 1)];
  // 本|年收入, 比上|年产值: a word that only borrows the closing 年 (年收入, 年产值) leaves the year alone.
  return trusted(b) && b.start > start && b.end > end && !(b.start === end - 1 && text[b.start] === '年');
}

/** Find and normalize the time expressions of `text` against `options.refDate`. */
export function findTimeExpressions(text: string, options: TimeOptions = {}): TimeExpression[] {
  const out: TimeExpression[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const ref = parseCivilDate(options.refDate);
  const grid = wordGrid(text, options.words);
  let anchor: TimeAnchor = {};
  let i = 0;
  while (i < text.length) {
    if (!mayStartTimeAt(text, i)) {
      i += 1;
      continue;
    }
    let next = i + 1;
    try {
      const match = parseTimePhrase(text, i);
      if (match !== undefined && !crossesWord(grid, text, match.start, match.end)) {
        next = match.end;
        const ctx: ResolveContext = { ref, anchor };
        const resolved = resolveTimePhrase(match.phrase, ctx);
        if (resolved !== undefined && resolved.value.length > 0) {
          out.push({
            start: match.start, end: match.end, text: text.slice(match.start, match.end),
            value: resolved.value, grain: resolved.grain, kind: resolved.kind,
          });
          if (resolved.anchor !== undefined) anchor = resolved.anchor;
        }
      }
    } catch {
      // A rule fault must not lose the rest of the text: skip this offset.
      next = i + 1;
    }
    i = Math.max(next, i + 1);
  }
  return out;
}
