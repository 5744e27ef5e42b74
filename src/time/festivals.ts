/**
 * Festivals and named days → Gregorian dates.
 * Fixed-date days (元旦, 劳动节, 国庆节 …) resolve for any year. Lunar festivals use a table:
 * 春节/元宵节/除夕 for 2000–2035, 端午/七夕/中秋/重阳 for 2000–2026 (cross-checked between ICU's
 * Chinese calendar and published holiday calendars; years where they disagreed use the published
 * date). 清明节 uses the standard solar-term formula for 2000–2099. Outside those years a lunar
 * festival resolves to nothing and the caller falls back to a year-level vague value.
 */
import { addDays } from './calendar.js';
import type { CivilDate } from './calendar.js';

/** How a festival maps to a date. */
export type FestivalRule =
  | { readonly kind: 'fixed'; readonly m: number; readonly d: number }
  | { readonly kind: 'lunar'; readonly base: LunarBase; readonly offset: number }
  | { readonly kind: 'qingming' };

/** Lunar anchors in the table: 春节 (正月初一), 端午, 七夕, 中秋, 重阳. */
export type LunarBase = 'spring' | 'duanwu' | 'qixi' | 'midautumn' | 'chongyang';

/** A named day. */
export interface Festival {
  /** Canonical name. */
  readonly name: string;
  /** Date rule. */
  readonly rule: FestivalRule;
  /** Typical Gregorian month, for year inference before the exact date is known. */
  readonly month: number;
}

const fixed = (name: string, m: number, d: number): Festival => ({ name, rule: { kind: 'fixed', m, d }, month: m });
const lunar = (name: string, base: LunarBase, offset: number, month: number): Festival =>
  ({ name, rule: { kind: 'lunar', base, offset }, month });

const NEW_YEAR = fixed('元旦', 1, 1);
const SPRING = lunar('春节', 'spring', 0, 2);
const EVE = lunar('除夕', 'spring', -1, 1);
const LANTERN = lunar('元宵节', 'spring', 14, 2);
const WOMEN = fixed('妇女节', 3, 8);
const LABOUR = fixed('劳动节', 5, 1);
const YOUTH = fixed('青年节', 5, 4);
const CHILDREN = fixed('儿童节', 6, 1);
const PARTY = fixed('建党节', 7, 1);
const ARMY = fixed('建军节', 8, 1);
const NATIONAL = fixed('国庆节', 10, 1);
const QINGMING: Festival = { name: '清明节', rule: { kind: 'qingming' }, month: 4 };

/**
 * Festival names that stand on their own, longest first at lookup time.
 * 元宵 alone is also the dumpling and 清明 alone also means "clean government", so only the
 * unambiguous forms are here; bare numerals (五一, 十一) are in `NUMERAL_FESTIVALS`.
 */
export const FESTIVALS: ReadonlyMap<string, Festival> = new Map<string, Festival>([
  ['元旦', NEW_YEAR],
  ['春节', SPRING],
  ['除夕', EVE],
  ['大年三十', EVE],
  ['大年初一', SPRING],
  ['正月初一', SPRING],
  ['元宵节', LANTERN],
  ['正月十五', LANTERN],
  ['情人节', fixed('情人节', 2, 14)],
  ['三八妇女节', WOMEN],
  ['三八国际妇女节', WOMEN],
  ['国际妇女节', WOMEN],
  ['妇女节', WOMEN],
  ['植树节', fixed('植树节', 3, 12)],
  ['清明节', QINGMING],
  ['五一国际劳动节', LABOUR],
  ['五一劳动节', LABOUR],
  ['国际劳动节', LABOUR],
  ['劳动节', LABOUR],
  ['五四青年节', YOUTH],
  ['青年节', YOUTH],
  ['六一国际儿童节', CHILDREN],
  ['六一儿童节', CHILDREN],
  ['国际儿童节', CHILDREN],
  ['儿童节', CHILDREN],
  ['端午节', lunar('端午节', 'duanwu', 0, 6)],
  ['端午', lunar('端午节', 'duanwu', 0, 6)],
  ['建党节', PARTY],
  ['八一建军节', ARMY],
  ['建军节', ARMY],
  ['七夕节', lunar('七夕', 'qixi', 0, 8)],
  ['七夕', lunar('七夕', 'qixi', 0, 8)],
  ['教师节', fixed('教师节', 9, 10)],
  ['中秋节', lunar('中秋节', 'midautumn', 0, 9)],
  ['中秋', lunar('中秋节', 'midautumn', 0, 9)],
  ['国庆节', NATIONAL],
  ['国庆', NATIONAL],
  ['重阳节', lunar('重阳节', 'chongyang', 0, 10)],
  ['重阳', lunar('重阳节', 'chongyang', 0, 10)],
  ['国家宪法日', fixed('国家宪法日', 12, 4)],
  ['平安夜', fixed('平安夜', 12, 24)],
  ['圣诞节', fixed('圣诞节', 12, 25)],
]);

/** Names that are festivals only in quotes or before a festival word (“五一”假期, 十一黄金周). */
export const NUMERAL_FESTIVALS: ReadonlyMap<string, Festival> = new Map<string, Festival>([
  ['五一', LABOUR],
  ['五四', YOUTH],
  ['六一', CHILDREN],
  ['七一', PARTY],
  ['八一', ARMY],
  ['十一', NATIONAL],
  ['三八', WOMEN],
  ['清明', QINGMING],
]);

/** Words after which a bare numeral name (五一, 十一, 清明) is a festival. */
export const FESTIVAL_CONTEXT: readonly string[] = [
  '小长假', '黄金周', '长假', '假期', '期间', '前夕', '前后', '当天', '节日', '节',
];

// Per year from 2000: 春节 MMDD. 2027 and 2030 follow the published calendars (ICU is a day late).
const SPRING_DATES = [
  '0205', '0124', '0212', '0201', '0122', '0209', '0129', '0218', '0207', '0126',
  '0214', '0203', '0123', '0210', '0131', '0219', '0208', '0128', '0216', '0205',
  '0125', '0212', '0201', '0122', '0210', '0129', '0217', '0206', '0126', '0213',
  '0203', '0123', '0211', '0131', '0219', '0208',
];
// Per year from 2000 to 2026: 端午 七夕 中秋 重阳 as MMDD.
const OTHER_LUNAR = [
  '0606 0806 0912 1006', '0625 0825 1001 1025', '0615 0815 0921 1014', '0604 0804 0911 1004',
  '0622 0822 0928 1022', '0611 0811 0918 1011', '0531 0731 1006 1030', '0619 0819 0925 1019',
  '0608 0807 0914 1007', '0528 0826 1003 1026', '0616 0816 0922 1016', '0606 0806 0912 1005',
  '0623 0824 0930 1023', '0612 0813 0919 1013', '0602 0802 0908 1002', '0620 0820 0927 1021',
  '0609 0809 0915 1009', '0530 0828 1004 1028', '0618 0817 0924 1017', '0607 0807 0913 1007',
  '0625 0825 1001 1025', '0614 0814 0921 1014', '0603 0804 0910 1004', '0622 0822 0929 1023',
  '0610 0810 0917 1011', '0531 0829 1006 1029', '0619 0819 0925 1018',
];
const FIRST_YEAR = 2000;
const OTHER_INDEX: Readonly<Record<Exclude<LunarBase, 'spring'>, number>> = { duanwu: 0, qixi: 1, midautumn: 2, chongyang: 3 };

function fromMmdd(y: number, mmdd: string | undefined): CivilDate | undefined {
  if (mmdd === undefined) return undefined;
  return { y, m: Number(mmdd.slice(0, 2)), d: Number(mmdd.slice(2, 4)) };
}

/** 清明 (solar longitude 15°): [Y·0.2422 + 4.81] − [Y/4] with Y the year within the 21st century. */
function qingming(y: number): CivilDate | undefined {
  if (y < 2000 || y > 2099) return undefined;
  const yy = y - 2000;
  return { y, m: 4, d: Math.floor(yy * 0.2422 + 4.81) - Math.floor(yy / 4) };
}

/** The Gregorian date of a festival in year `y`, or undefined when the table does not cover it. */
export function festivalDate(festival: Festival, y: number): CivilDate | undefined {
  const rule = festival.rule;
  if (rule.kind === 'fixed') return { y, m: rule.m, d: rule.d };
  if (rule.kind === 'qingming') return qingming(y);
  if (rule.base === 'spring') {
    const base = fromMmdd(y, SPRING_DATES[y - FIRST_YEAR]);
    return base === undefined ? undefined : addDays(base, rule.offset);
  }
  const row = OTHER_LUNAR[y - FIRST_YEAR];
  if (row === undefined) return undefined;
  const base = fromMmdd(y, row.split(' ')[OTHER_INDEX[rule.base]]);
  return base === undefined ? undefined : addDays(base, rule.offset);
}
