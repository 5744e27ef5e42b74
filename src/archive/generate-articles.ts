/**
 * generateArticles: (count, seed) → synthetic short news items `{ id, date, title, text, source }`
 * for benchmarks and crash tests: deterministic (same seed → same archive), dated over a span of
 * years, written from templates with fictional officials, places and real policy themes (newer
 * themes such as 新质生产力 appear only from 2023). Lazy: constant memory for any count.
 */
import { createRandom } from '../random.js';

/** One generated article (the archive JSON-lines shape). */
export interface GeneratedArticle {
  /** Id `g000001` … */
  readonly id: string;
  /** Date `YYYY-MM-DD`. */
  readonly date: string;
  /** Title. */
  readonly title: string;
  /** Text. */
  readonly text: string;
  /** Publication. */
  readonly source: string;
}

/** Options of `generateArticles`. */
export interface GenerateOptions {
  /** Random seed (default 1). */
  readonly seed?: number;
  /** First year (default 2015). */
  readonly fromYear?: number;
  /** Last year (default 2024). */
  readonly toYear?: number;
  /**
   * Paragraphs per article (default 1: a short item of ~150 characters). Each further paragraph is
   * another meeting report of the same day (又讯 …); 8 gives ~1,200 characters, the length of a typical
   * county-paper article.
   */
  readonly paragraphs?: number;
}

const SURNAMES = ['林', '陈', '吴', '郑', '周', '胡', '方', '叶', '程', '韩', '蒋', '钱'];
const GIVEN = ['建国', '晓峰', '海燕', '志远', '丽华', '国强', '文斌', '雅琴', '振宇', '秀英', '立新', '春明'];
const TITLES = ['县委书记', '县长', '县委副书记', '副县长', '镇党委书记', '县发改局局长', '县经信局局长'];
const PLACES = ['青溪镇', '石门乡', '东湖街道', '北山村', '南塘工业园区', '西岭村', '云和街道'];
const THEMES: readonly { readonly phrase: string; readonly from: number }[] = [
  { phrase: '乡村振兴', from: 2017 }, { phrase: '高质量发展', from: 2017 }, { phrase: '共同富裕', from: 2020 },
  { phrase: '营商环境', from: 2015 }, { phrase: '新质生产力', from: 2023 }, { phrase: '数字经济', from: 2016 },
  { phrase: '亩均论英雄', from: 2015 }, { phrase: '低效工业用地整治', from: 2019 }, { phrase: '放管服改革', from: 2015 },
];
const OPENINGS = ['本报讯', '本报记者报道', '据县融媒体中心消息'];
const EVENTS = ['召开专题推进会', '开展现场调研', '举行工作座谈会', '召开动员部署会'];
const VERBS = ['强调', '指出', '要求'];
const ACTIONS = ['要坚持问题导向，压实工作责任', '要加大要素保障力度，确保项目早落地早见效', '要聚焦群众急难愁盼，办好民生实事', '要统筹发展和安全，守牢底线'];



/** Generates `count` synthetic articles lazily (see the module comment). */
export function* generateArticles(count: number, options: GenerateOptions = {}): Generator<GeneratedArticle> {
  const rnd = createRandom(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const from = options.fromYear ?? 2015;
  const to = options.toYear ?? 2024;
  for (let i = 0; i < count; i++) {
    const year = from + Math.floor(rnd() * (to - from + 1));
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const live = THEMES.filter((t) => t.from <= year);
    const theme = pick(live).phrase;
    const other = pick(live).phrase;
    const name = pick(SURNAMES) + pick(GIVEN);
    const title = pick(TITLES);
    const place = pick(PLACES);
    const paragraph = (opening: string, title: string, name: string, place: string, theme: string, other: string): string =>
      `${opening}${month}月${day}日，${title}${name}在${place}${pick(EVENTS)}，研究部署${theme}工作。` +
      `${name}${pick(VERBS)}，${pick(ACTIONS)}，以${other}为抓手，推动各项任务落实落细。` +
      `会议通报了${place}今年以来${theme}重点项目进展情况，${pick(SURNAMES)}${pick(GIVEN)}等有关负责人参加会议。`;
    let text = paragraph(`${pick(OPENINGS)} `, title, name, place, theme, other);
    for (let k = 1; k < (options.paragraphs ?? 1); k++) {
      text += `\n\n${paragraph('又讯 ', pick(TITLES), pick(SURNAMES) + pick(GIVEN), pick(PLACES), pick(live).phrase, pick(live).phrase)}`;
    }
    yield { id: `g${String(i + 1).padStart(6, '0')}`, date, title: `${place}${pick(EVENTS)}推进${theme}`, text, source: '青溪县报（模拟）' };
  }
}
