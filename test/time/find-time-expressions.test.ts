import { describe, expect, it } from 'vitest';
import type { TimeGrain, TimeKind } from '../../src/document/types.js';
import { findTimeExpressions } from '../../src/time/find-time-expressions.js';

/** Reference dates: R a Saturday in March, J a Tuesday in January, D a Wednesday in December. */
const R = '2023-03-25';
const J = '2023-01-10';
const D = '2023-12-20';
const NONE = '';

/** [input, reference date ('' for none), expected span, value, grain, kind] — the first expression found. */
type Row = readonly [string, string, string, string, TimeGrain, TimeKind];

const CASES: readonly Row[] = [
  // Absolute dates.
  ['2023年3月24日', R, '2023年3月24日', '2023-03-24', 'day', 'date'],
  ['二〇二三年三月', R, '二〇二三年三月', '2023-03', 'month', 'date'],
  ['１９９８年１２月３１日', R, '１９９８年１２月３１日', '1998-12-31', 'day', 'date'],
  ['2023-03-24', R, '2023-03-24', '2023-03-24', 'day', 'date'],
  ['发布时间：2023/3/24', R, '2023/3/24', '2023-03-24', 'day', 'date'],
  ['2023.3.24', R, '2023.3.24', '2023-03-24', 'day', 'date'],
  ['二〇二三年三月二十四日', R, '二〇二三年三月二十四日', '2023-03-24', 'day', 'date'],
  ['二○二二年十二月', R, '二○二二年十二月', '2022-12', 'month', 'date'],
  ['2023年，全市经济', R, '2023年', '2023', 'year', 'date'],
  ['2023年度考核', R, '2023年度', '2023', 'year', 'date'],
  ['一九九八年的洪水', R, '一九九八年', '1998', 'year', 'date'],
  ['2023年3月', R, '2023年3月', '2023-03', 'month', 'date'],
  ['3月份产量', R, '3月份', '2023-03', 'month', 'date'],
  ['三月的永康', R, '三月', '2023-03', 'month', 'date'],
  ['一月份以来', R, '一月份以来', '2023-01-01/2023-03-25', 'day', 'range'],
  ['1949年10月1日', R, '1949年10月1日', '1949-10-01', 'day', 'date'],
  ['2月29日', '2024-03-01', '2月29日', '2024-02-29', 'day', 'date'],
  ['5月1日起施行', R, '5月1日', '2023-05-01', 'day', 'date'],
  ['3月5号', R, '3月5号', '2023-03-05', 'day', 'date'],
  ['3月23日上午', R, '3月23日上午', '2023-03-23T00:00/2023-03-23T12:00', 'halfday', 'date'],
  ['3月24日下午', R, '3月24日下午', '2023-03-24T12:00/2023-03-24T18:00', 'halfday', 'date'],
  ['3月 24 日下午', R, '3月 24 日下午', '2023-03-24T12:00/2023-03-24T18:00', 'halfday', 'date'],
  ['24日下午', R, '24日下午', '2023-03-24T12:00/2023-03-24T18:00', 'halfday', 'date'],
  ['28日', '2023-03-05', '28日', '2023-02-28', 'day', 'date'],
  ['2023年3月24日上午9时30分', R, '2023年3月24日上午9时30分', '2023-03-24T09:30', 'minute', 'date'],
  ['2023年3月24日 9:30', R, '2023年3月24日 9:30', '2023-03-24T09:30', 'minute', 'date'],
  ['3月24日（星期五）下午3时', R, '3月24日（星期五）下午3时', '2023-03-24T15:00', 'hour', 'date'],
  ['3月22日晚，永康市召开会议', R, '3月22日晚', '2023-03-22T18:00/2023-03-22T24:00', 'halfday', 'date'],
  ['3月22日晚会', R, '3月22日', '2023-03-22', 'day', 'date'],
  ['2023年3月25日星期六', R, '2023年3月25日星期六', '2023-03-25', 'day', 'date'],
  ['二十四日下午', R, '二十四日下午', '2023-03-24T12:00/2023-03-24T18:00', 'halfday', 'date'],
  // Year inference for months without a year.
  ['12月', J, '12月', '2022-12', 'month', 'date'],
  ['11月', J, '11月', '2022-11', 'month', 'date'],
  ['8月', J, '8月', '2023-08', 'month', 'date'],
  ['1月', D, '1月', '2024-01', 'month', 'date'],
  ['3月', D, '3月', '2023-03', 'month', 'date'],
  ['12月20日', J, '12月20日', '2022-12-20', 'day', 'date'],
  ['6月底前完成', R, '6月底', '2023-06', 'month', 'vague'],
  // Relative days.
  ['今天', R, '今天', '2023-03-25', 'day', 'date'],
  ['昨天', R, '昨天', '2023-03-24', 'day', 'date'],
  ['前天', R, '前天', '2023-03-23', 'day', 'date'],
  ['明天', R, '明天', '2023-03-26', 'day', 'date'],
  ['后天', R, '后天', '2023-03-27', 'day', 'date'],
  ['大前天', R, '大前天', '2023-03-22', 'day', 'date'],
  ['今日', R, '今日', '2023-03-25', 'day', 'date'],
  ['昨日', J, '昨日', '2023-01-09', 'day', 'date'],
  ['当天', R, '当天', '2023-03-25', 'day', 'date'],
  ['次日', R, '次日', '2023-03-26', 'day', 'date'],
  ['前一天', R, '前一天', '2023-03-24', 'day', 'date'],
  ['昨天', '2023-03-01', '昨天', '2023-02-28', 'day', 'date'],
  ['今天下午', R, '今天下午', '2023-03-25T12:00/2023-03-25T18:00', 'halfday', 'date'],
  ['昨晚', R, '昨晚', '2023-03-24T18:00/2023-03-24T24:00', 'halfday', 'date'],
  ['昨天上午10时', R, '昨天上午10时', '2023-03-24T10:00', 'hour', 'date'],
  ['今晨6时', R, '今晨6时', '2023-03-25T06:00', 'hour', 'date'],
  ['明天晚上8点', R, '明天晚上8点', '2023-03-26T20:00', 'hour', 'date'],
  // Vague.
  ['日前', R, '日前', '2023-03-25', 'day', 'vague'],
  ['近日，永康', R, '近日', '2023-03-25', 'day', 'vague'],
  ['近期', R, '近期', '2023-03-25', 'day', 'vague'],
  ['目前', R, '目前', '2023-03-25', 'day', 'vague'],
  ['当前', R, '当前', '2023-03-25', 'day', 'vague'],
  ['如今', R, '如今', '2023-03-25', 'day', 'vague'],
  ['当下', R, '当下', '2023-03-25', 'day', 'vague'],
  ['眼下', R, '眼下', '2023-03-25', 'day', 'vague'],
  ['近年来', R, '近年来', '2023', 'year', 'vague'],
  ['近些年', R, '近些年', '2023', 'year', 'vague'],
  ['截至目前', R, '目前', '2023-03-25', 'day', 'vague'],
  ['去年同期', R, '去年同期', '2022', 'year', 'vague'],
  ['年内完成', R, '年内', '2023', 'year', 'vague'],
  // Relative months and years.
  ['本月', R, '本月', '2023-03', 'month', 'date'],
  ['上月', R, '上月', '2023-02', 'month', 'date'],
  ['下个月', R, '下个月', '2023-04', 'month', 'date'],
  ['上个月', J, '上个月', '2022-12', 'month', 'date'],
  ['今年', R, '今年', '2023', 'year', 'date'],
  ['今年轻松完成', R, '今年', '2023', 'year', 'date'],
  ['去年', R, '去年', '2022', 'year', 'date'],
  ['前年', R, '前年', '2021', 'year', 'date'],
  ['明年', R, '明年', '2024', 'year', 'date'],
  ['去年12月', J, '去年12月', '2022-12', 'month', 'date'],
  ['明年1月', R, '明年1月', '2024-01', 'month', 'date'],
  ['今年3月', R, '今年3月', '2023-03', 'month', 'date'],
  ['本月15日', R, '本月15日', '2023-03-15', 'day', 'date'],
  ['去年底', R, '去年底', '2022-12', 'month', 'vague'],
  ['今年年初', R, '今年年初', '2023-01', 'month', 'vague'],
  ['2023年初', R, '2023年初', '2023-01', 'month', 'vague'],
  ['年底', R, '年底', '2023-12', 'month', 'vague'],
  ['月底', R, '月底', '2023-03', 'month', 'vague'],
  ['3月中旬', R, '3月中旬', '2023-03-11/2023-03-20', 'day', 'range'],
  ['2月下旬', R, '2月下旬', '2023-02-21/2023-02-28', 'day', 'range'],
  ['3月上旬', R, '3月上旬', '2023-03-01/2023-03-10', 'day', 'range'],
  // Quarters and halves.
  ['今年一季度', R, '今年一季度', '2023-Q1', 'quarter', 'date'],
  ['一季度', R, '一季度', '2023-Q1', 'quarter', 'date'],
  ['第一季度', R, '第一季度', '2023-Q1', 'quarter', 'date'],
  ['2022年第四季度', R, '2022年第四季度', '2022-Q4', 'quarter', 'date'],
  ['去年四季度', R, '去年四季度', '2022-Q4', 'quarter', 'date'],
  ['四季度', J, '四季度', '2022-Q4', 'quarter', 'date'],
  ['前三季度', '2023-10-20', '前三季度', '2023-Q1/2023-Q3', 'quarter', 'range'],
  ['上半年', R, '上半年', '2023-01/2023-06', 'month', 'range'],
  ['下半年', R, '下半年', '2023-07/2023-12', 'month', 'range'],
  ['2022年上半年', R, '2022年上半年', '2022-01/2022-06', 'month', 'range'],
  ['本季度', R, '本季度', '2023-Q1', 'quarter', 'date'],
  ['上季度', R, '上季度', '2022-Q4', 'quarter', 'date'],
  ['一季度末', R, '一季度末', '2023-Q1', 'quarter', 'vague'],
  // Weeks and weekdays (ISO weeks, Monday first).
  ['上周五', R, '上周五', '2023-03-17', 'day', 'date'],
  ['周五', R, '周五', '2023-03-24', 'day', 'date'],
  ['星期一', R, '星期一', '2023-03-20', 'day', 'date'],
  ['礼拜天', R, '礼拜天', '2023-03-26', 'day', 'date'],
  ['下周一', R, '下周一', '2023-03-27', 'day', 'date'],
  ['本周', R, '本周', '2023-W12', 'week', 'date'],
  ['上周', R, '上周', '2023-W11', 'week', 'date'],
  ['上周', '2023-01-03', '上周', '2022-W52', 'week', 'date'],
  ['周末', R, '周末', '2023-03-25/2023-03-26', 'day', 'range'],
  ['上周五下午', R, '上周五下午', '2023-03-17T12:00/2023-03-17T18:00', 'halfday', 'date'],
  ['周三上午9点', R, '周三上午9点', '2023-03-22T09:00', 'hour', 'date'],
  // Parts of day and clock times.
  ['上午', R, '上午', '2023-03-25T00:00/2023-03-25T12:00', 'halfday', 'date'],
  ['下午', R, '下午', '2023-03-25T12:00/2023-03-25T18:00', 'halfday', 'date'],
  ['晚上', R, '晚上', '2023-03-25T18:00/2023-03-25T24:00', 'halfday', 'date'],
  ['凌晨', R, '凌晨', '2023-03-25T00:00/2023-03-25T06:00', 'halfday', 'date'],
  ['中午', R, '中午', '2023-03-25T11:00/2023-03-25T13:00', 'halfday', 'date'],
  ['9时30分', R, '9时30分', '2023-03-25T09:30', 'minute', 'date'],
  ['下午3点', R, '下午3点', '2023-03-25T15:00', 'hour', 'date'],
  ['19时', R, '19时', '2023-03-25T19:00', 'hour', 'date'],
  ['晚8点', R, '晚8点', '2023-03-25T20:00', 'hour', 'date'],
  ['零时起', R, '零时', '2023-03-25T00:00', 'hour', 'date'],
  ['8点半', R, '8点半', '2023-03-25T08:30', 'minute', 'date'],
  ['上午10点整', R, '上午10点整', '2023-03-25T10:00', 'hour', 'date'],
  ['凌晨2点', R, '凌晨2点', '2023-03-25T02:00', 'hour', 'date'],
  ['晚上10点半', R, '晚上10点半', '2023-03-25T22:30', 'minute', 'date'],
  ['9:30', R, '9:30', '2023-03-25T09:30', 'minute', 'date'],
  ['中午12点', R, '中午12点', '2023-03-25T12:00', 'hour', 'date'],
  ['下午三时十分', R, '下午三时十分', '2023-03-25T15:10', 'minute', 'date'],
  ['10时许', R, '10时许', '2023-03-25T10:00', 'hour', 'date'],
  ['晚上12点', R, '晚上12点', '2023-03-26T00:00', 'hour', 'date'],
  ['凌晨一时', R, '凌晨一时', '2023-03-25T01:00', 'hour', 'date'],
  // Ranges.
  ['3月23日至25日', R, '3月23日至25日', '2023-03-23/2023-03-25', 'day', 'range'],
  ['2021—2025年', R, '2021—2025年', '2021/2025', 'year', 'range'],
  ['2021年至2025年', R, '2021年至2025年', '2021/2025', 'year', 'range'],
  ['1至3月', R, '1至3月', '2023-01/2023-03', 'month', 'range'],
  ['1-2月份', R, '1-2月份', '2023-01/2023-02', 'month', 'range'],
  ['今年1—2月', R, '今年1—2月', '2023-01/2023-02', 'month', 'range'],
  ['今年前两个月', R, '今年前两个月', '2023-01/2023-02', 'month', 'range'],
  ['3月23日—4月2日', R, '3月23日—4月2日', '2023-03-23/2023-04-02', 'day', 'range'],
  ['上午9时至11时30分', R, '上午9时至11时30分', '2023-03-25T09:00/2023-03-25T11:30', 'minute', 'range'],
  ['下午2点到4点', R, '下午2点到4点', '2023-03-25T14:00/2023-03-25T16:00', 'hour', 'range'],
  ['周一至周五', R, '周一至周五', '2023-03-20/2023-03-24', 'day', 'range'],
  ['十四五期间', R, '十四五期间', '2021/2025', 'year', 'range'],
  ['“十四五”时期', R, '“十四五”时期', '2021/2025', 'year', 'range'],
  ['十三五规划', R, '十三五', '2016/2020', 'year', 'range'],
  ['今年以来', R, '今年以来', '2023-01-01/2023-03-25', 'day', 'range'],
  ['2020年以来', R, '2020年以来', '2020-01-01/2023-03-25', 'day', 'range'],
  ['2020年至今', R, '2020年至今', '2020-01-01/2023-03-25', 'day', 'range'],
  ['20世纪90年代', R, '20世纪90年代', '1990/1999', 'year', 'range'],
  ['1990年代', R, '1990年代', '1990/1999', 'year', 'range'],
  ['上世纪80年代', R, '上世纪80年代', '1980/1989', 'year', 'range'],
  ['今后三年', R, '今后三年', '2023/2025', 'year', 'range'],
  ['12月至2月', R, '12月至2月', '2022-12/2023-02', 'month', 'range'],
  ['2023年3月至5月', R, '2023年3月至5月', '2023-03/2023-05', 'month', 'range'],
  ['一至三季度', R, '一至三季度', '2023-Q1/2023-Q3', 'quarter', 'range'],
  ['9—11时', R, '9—11时', '2023-03-25T09:00/2023-03-25T11:00', 'hour', 'range'],
  ['18时至次日8时', R, '18时至次日8时', '2023-03-25T18:00/2023-03-26T08:00', 'hour', 'range'],
  ['今明两年', R, '今明两年', '2023/2024', 'year', 'range'],
  ['9月23日至10月8日', R, '9月23日至10月8日', '2023-09-23/2023-10-08', 'day', 'range'],
  // Durations.
  ['三年来', R, '三年来', 'P3Y', 'year', 'duration'],
  ['5个工作日', R, '5个工作日', 'P5D', 'day', 'duration'],
  ['24小时', R, '24小时', 'PT24H', 'hour', 'duration'],
  ['30天', R, '30天', 'P30D', 'day', 'duration'],
  ['半年', R, '半年', 'P6M', 'month', 'duration'],
  ['三个月', R, '三个月', 'P3M', 'month', 'duration'],
  ['两个月', R, '两个月', 'P2M', 'month', 'duration'],
  ['一年来', R, '一年来', 'P1Y', 'year', 'duration'],
  ['两年间', R, '两年间', 'P2Y', 'year', 'duration'],
  ['多年', R, '多年', 'PXY', 'year', 'duration'],
  ['近三年', R, '近三年', 'P3Y', 'year', 'duration'],
  ['一个半小时', R, '一个半小时', 'PT1H30M', 'minute', 'duration'],
  ['两周', R, '两周', 'P2W', 'week', 'duration'],
  ['30分钟', R, '30分钟', 'PT30M', 'minute', 'duration'],
  ['30日内', R, '30日内', 'P30D', 'day', 'duration'],
  ['半个月', R, '半个月', 'P15D', 'day', 'duration'],
  ['两个多月', R, '两个多月', 'P2M', 'month', 'duration'],
  ['十几年', R, '十几年', 'PXY', 'year', 'duration'],
  ['二十多年', R, '二十多年', 'P20Y', 'year', 'duration'],
  ['3个季度', R, '3个季度', 'P9M', 'quarter', 'duration'],
  ['五年', R, '五年', 'P5Y', 'year', 'duration'],
  ['一年半', R, '一年半', 'P1Y6M', 'month', 'duration'],
  // Offsets from the reference date.
  ['三年前', R, '三年前', '2020', 'year', 'date'],
  ['两天后', R, '两天后', '2023-03-27', 'day', 'date'],
  ['3个月后', R, '3个月后', '2023-06', 'month', 'date'],
  // Festivals and named days.
  ['春节', R, '春节', '2023-01-22', 'day', 'date'],
  ['国庆节', R, '国庆节', '2023-10-01', 'day', 'date'],
  ['元旦', D, '元旦', '2024-01-01', 'day', 'date'],
  ['2024年春节', R, '2024年春节', '2024-02-10', 'day', 'date'],
  ['中秋节', R, '中秋节', '2023-09-29', 'day', 'date'],
  ['端午节', R, '端午节', '2023-06-22', 'day', 'date'],
  ['除夕', J, '除夕', '2023-01-21', 'day', 'date'],
  ['元宵节', R, '元宵节', '2023-02-05', 'day', 'date'],
  ['清明节', R, '清明节', '2023-04-05', 'day', 'date'],
  ['“五一”假期', R, '五一', '2023-05-01', 'day', 'date'],
  ['十一黄金周', R, '十一', '2023-10-01', 'day', 'date'],
  ['劳动节', R, '劳动节', '2023-05-01', 'day', 'date'],
  ['大年初一', R, '大年初一', '2023-01-22', 'day', 'date'],
  ['正月初五', R, '正月初五', '2023-01-26', 'day', 'date'],
  ['2030年春节', R, '2030年春节', '2030-02-03', 'day', 'date'],
  ['2040年中秋节', R, '2040年中秋节', '2040', 'year', 'vague'],
  ['今年国庆', R, '今年国庆', '2023-10-01', 'day', 'date'],
  // Without a reference date: unknown fields are X.
  ['3月23日', NONE, '3月23日', 'XXXX-03-23', 'day', 'date'],
  ['昨天', NONE, '昨天', 'XXXX-XX-XX', 'day', 'date'],
  ['近日', NONE, '近日', 'XXXX-XX-XX', 'day', 'vague'],
  ['去年12月', NONE, '去年12月', 'XXXX-12', 'month', 'date'],
  ['2023年3月24日', NONE, '2023年3月24日', '2023-03-24', 'day', 'date'],
  ['一季度', NONE, '一季度', 'XXXX-Q1', 'quarter', 'date'],
  ['上午', NONE, '上午', 'XXXX-XX-XXT00:00/XXXX-XX-XXT12:00', 'halfday', 'date'],
  ['近年来', NONE, '近年来', 'XXXX', 'year', 'vague'],
  ['周五', NONE, '周五', 'XXXX-WXX-5', 'day', 'date'],
  ['三年来', NONE, '三年来', 'P3Y', 'year', 'duration'],
  ['元旦', NONE, '元旦', 'XXXX-01-01', 'day', 'date'],
  ['3月24日', 'not-a-date', '3月24日', 'XXXX-03-24', 'day', 'date'],
];

/** Text that holds no time expression at all. */
const NEGATIVES: readonly string[] = [
  '章旭升一行先后来到三博区块', '这项工作十分重要', '对于一时无法解决的问题', '提出3点建议', '五年规划', '第一时间赶到现场',
  '三年级学生', '天然气管道', '一月一次', '同比增长5.6%', '每年', '每月15日发放', '每周一例会', '建党一百周年',
  '3号楼', '1号文件', '五四运动', '七一勋章', '八一路', '清明上河图', '今日头条', '体现在', '应当前往', '节日前夕',
  '相当年轻', '上年纪', '登上月球', '下午茶', 'G20峰会', 'COVID-19', '0579-87654321', '版本2.3.4', '两点要求', '第3点',
  '一日三餐', '三日游', '九五之尊', '三五成群', '一年一度', '上周期', '3周岁', '时时刻刻', '同时', '一时间', '这一天',
  '数据显示', '多年轻人', '白天鹅', '五一广场', '政治清明', '十一届三中全会', '每隔两小时', '1.5年', '活动时间为每周六、周日上午9:00—11:30', '每天早上8点到晚上10点开放', '党的十八大以来',
  '新中国成立70周年', '两三天', '形势一天天好起来', '产量年复一年地增长', '差不多年年下降', '十月革命胜利',
];

/** Expressions that must not come out with a given text (precision inside longer strings). */
const NOT_TIMES: readonly (readonly [string, string])[] = [
  ['十分重要的一天', '十分'], ['一时无法解决', '一时'], ['3点建议和2点要求', '3点'], ['第一时间', '一时'],
  ['如今天下太平', '今天'], ['先天后天', '后天'], ['2023年中国经济', '年中'],
];

const rows = CASES.map(([input, ref, text, value, grain, kind]) => ({ input, ref, text, value, grain, kind, on: ref === '' ? 'no date' : ref }));

describe('time', () => {
  it('has at least 150 table cases', () => {
    expect(CASES.length + NEGATIVES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(rows)('resolves $input against $on', ({ input, ref, text, value, grain, kind }) => {
    const found = findTimeExpressions(input, ref === '' ? {} : { refDate: ref });
    expect(found.length).toBeGreaterThan(0);
    const first = found[0]!;
    expect({ text: first.text, value: first.value, grain: first.grain, kind: first.kind }).toEqual({ text, value, grain, kind });
    expect(input.slice(first.start, first.end)).toBe(first.text);
  });

  it.each(NEGATIVES.map((input) => ({ input })))('finds no time in $input', ({ input }) => {
    expect(findTimeExpressions(input, { refDate: R })).toEqual([]);
  });

  it.each(NOT_TIMES.map(([input, text]) => ({ input, text })))('does not read $text in $input as a time', ({ input, text }) => {
    expect(findTimeExpressions(input, { refDate: R }).map((t) => t.text)).not.toContain(text);
  });

  it('takes the month of 24日 from the last full date in the text', () => {
    const found = findTimeExpressions('2月23日上午，……24日下午，', { refDate: R });
    expect(found.map((t) => t.value)).toEqual(['2023-02-23T00:00/2023-02-23T12:00', '2023-02-24T12:00/2023-02-24T18:00']);
  });

  it('counts 次日 from the last day written and 当天 from 次日', () => {
    const found = findTimeExpressions('2022年5月10日，他来到永康。次日，……当天下午', { refDate: R });
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['2022年5月10日', '2022-05-10'], ['次日', '2022-05-11'], ['当天下午', '2022-05-11T12:00/2022-05-11T18:00'],
    ]);
  });

  it('puts a bare part of day on the last day written', () => {
    const found = findTimeExpressions('3月23日，……上午', { refDate: R });
    expect(found[1]?.value).toBe('2023-03-23T00:00/2023-03-23T12:00');
  });

  it('reads 当年 from the last year written', () => {
    const found = findTimeExpressions('2020年，当年', { refDate: R });
    expect(found.map((t) => [t.value, t.kind])).toEqual([['2020', 'date'], ['2020', 'date']]);
  });

  it('finds several expressions in order without overlap', () => {
    const text = '3月23日上午，市委书记调研。近年来，……3月24日，今年一季度，5个工作日内';
    const found = findTimeExpressions(text, { refDate: R });
    expect(found.map((t) => t.text)).toEqual(['3月23日上午', '近年来', '3月24日', '今年一季度', '5个工作日内']);
    for (let k = 1; k < found.length; k += 1) expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
  });

  it('keeps offsets into the given text around astral characters', () => {
    const text = '😀😀3月24日😀昨天';
    const found = findTimeExpressions(text, { refDate: R });
    expect(found.map((t) => [t.start, t.end, t.text])).toEqual([[4, 9, '3月24日'], [11, 13, '昨天']]);
  });

  it('returns nothing for empty and blank text', () => {
    expect(findTimeExpressions('')).toEqual([]);
    expect(findTimeExpressions('   \n\t')).toEqual([]);
  });
});
