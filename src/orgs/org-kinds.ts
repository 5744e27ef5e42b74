/**
 * Organization kinds from suffixes: the suffix lexicon (`lexicons/orgs/suffixes.tsv`, plain rows
 * `suffix kind role`) → OrgLexicon, and `orgKindOf(name)` → the kind of the longest suffix that
 * ends the name (永康农商银行 → bank, 市矛调中心 → government). X中心 is government only with a
 * level prefix and a government word (矛调, 政务, 便民服务 …), media for 融媒体/传媒, else other.
 */
import { TifaError } from '../errors.js';

/** The organization kinds. */
export const ORG_KINDS = ['party', 'government', 'congress', 'cppcc', 'court', 'procuratorate', 'company', 'bank', 'media',
  'school', 'hospital', 'association', 'other'] as const;

/** One of `ORG_KINDS`. */
export type OrgKind = (typeof ORG_KINDS)[number];

/**
 * How a suffix forms an organization name. `classify` rows only name the kind of an organization the
 * entity model found (国务院, 外交部's 部, 新华社): too common or too short to find one in text.
 */
export type SuffixRole = 'level' | 'name' | 'brand' | 'branch' | 'ref' | 'classify';

/** A row of the suffix lexicon. */
export interface OrgSuffix {
  /** The ending (农商银行, 市委's 委). */
  readonly suffix: string;
  /** Kind, or `inherit` (a branch takes its parent's kind). */
  readonly kind: OrgKind | 'inherit';
  /** How the suffix forms a name. */
  readonly role: SuffixRole;
}

/** The organization lexicon. */
export interface OrgLexicon {
  /** Version label. */
  readonly version: string;
  /** Rows by suffix. */
  readonly suffixes: ReadonlyMap<string, OrgSuffix>;
  /** First character → lengths of the suffixes starting with it that find names in text (not `classify`), longest first. */
  readonly heads: ReadonlyMap<string, readonly number[]>;
}

const ROLES = new Set<string>(['level', 'name', 'brand', 'branch', 'ref', 'classify']);
const KINDS = new Set<string>([...ORG_KINDS, 'inherit']);
/** Words that make a level-prefixed X中心 a government body. */
const GOVERNMENT_WORDS = ['矛调', '政务', '行政', '便民', '服务', '指挥', '应急', '信访', '调解', '综治', '治理', '疾控', '交易', '督查',
  '管理', '监测', '保障', '救助', '网格', '调度', '考核', '审批', '执法', '社会'];
/** Level characters: 市委, 县政府, 区法院. */
export const LEVEL_CHARS = new Set('市县区省州镇乡');

/** Builds a lexicon from rows. */
export function createOrgLexicon(rows: readonly OrgSuffix[], version = 'custom'): OrgLexicon {
  const suffixes = new Map<string, OrgSuffix>();
  const heads = new Map<string, number[]>();
  for (const r of rows) {
    suffixes.set(r.suffix, r);
    if (r.role === 'classify') continue;
    const h = r.suffix[0] ?? '';
    const list = heads.get(h) ?? [];
    if (!list.includes(r.suffix.length)) list.push(r.suffix.length);
    list.sort((a, b) => b - a);
    heads.set(h, list);
  }
  return { version, suffixes, heads };
}

/** Parses suffixes.tsv (`suffix kind role`, `#` comments); `file` names it in errors. */
export function parseOrgSuffixes(text: string, file = 'lexicons/orgs/suffixes.tsv'): OrgSuffix[] {
  const rows: OrgSuffix[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    const fail = (what: string): TifaError => new TifaError('resource_parse', `tifa: ${file} line ${i + 1}: ${what}`, { file, line: i + 1 });
    if (cols.length !== 3) throw fail(`expected 3 columns, found ${cols.length}`);
    const [suffix = '', kind = '', role = ''] = cols;
    if (!/^[\u4e00-\u9fff]{1,8}$/.test(suffix)) throw fail(`expected a suffix of 1–8 CJK characters, found "${suffix}"`);
    if (!KINDS.has(kind)) throw fail(`expected a kind (${[...KINDS].join(', ')}), found "${kind}"`);
    if (!ROLES.has(role)) throw fail(`expected a role (${[...ROLES].join(', ')}), found "${role}"`);
    rows.push({ suffix, kind: kind as OrgKind | 'inherit', role: role as SuffixRole });
  });
  return rows;
}

/** The kind of X中心 given its core (the part between the prefix and 中心). */
export function centerKind(core: string, levelPrefixed: boolean): OrgKind {
  if (/融媒|传媒|新闻|广电/.test(core)) return 'media';
  if (levelPrefixed && GOVERNMENT_WORDS.some((w) => core.includes(w))) return 'government';
  return 'other';
}

/** A bank's name before a company suffix. */
const BANK_BEFORE = /(?:银行|农商行|信用社|信用联社)$/u;

/**
 * The kind `row` gives a name whose part before the suffix is `core`, where the row's own kind is not
 * the answer; undefined where it is (or where the caller's rule for 中心, inherit and branch decides):
 * - 委 is a party committee after a level character or 党 (市委, 永康市委, 镇党委), else a government
 *   commission (国家发展改革委, 市体委);
 * - a company suffix after a bank's name keeps it a bank (宁波银行|股份有限公司).
 */
export function suffixKind(row: OrgSuffix, core: string): OrgKind | undefined {
  if (row.suffix === '委') {
    const before = core[core.length - 1];
    return before === undefined || LEVEL_CHARS.has(before) || before === '党' ? 'party' : 'government';
  }
  if (row.kind === 'company' && row.role !== 'branch') return BANK_BEFORE.test(core) ? 'bank' : 'company';
  return undefined;
}

/**
 * The longest suffix row that ends `name`, if any; with `classifyRows` false, the longest of the rows
 * that find names in text.
 */
export function suffixOf(name: string, lexicon: OrgLexicon, classifyRows = true): OrgSuffix | undefined {
  for (let len = Math.min(8, name.length); len >= 1; len--) {
    const row = lexicon.suffixes.get(name.slice(name.length - len));
    if (row && (classifyRows || row.role !== 'classify')) return row;
  }
  return undefined;
}

/** A numbered national congress of the party: 十五大, 中共十九大, 中国共产党第十四次代表大会. */
const PARTY_CONGRESS = /^(?:中国共产党|中共)?第?[一二三四五六七八九十]{1,3}(?:大|次(?:全国)?代表大会)$/u;

/**
 * Kind of an organization name from its suffix (`other` when none fits). With `classifyRows` false
 * the `classify` rows are left out: the kind a name would have if the suffixes that find names in
 * text had found it (what may turn a place the model found into an organization).
 */
export function orgKindOf(name: string, lexicon: OrgLexicon, classifyRows = true): OrgKind {
  if (classifyRows && PARTY_CONGRESS.test(name)) return 'party';
  const row = suffixOf(name, lexicon, classifyRows);
  if (!row) return 'other';
  const special = suffixKind(row, name.slice(0, name.length - row.suffix.length));
  if (special !== undefined) return special;
  if (row.suffix === '中心') {
    const core = name.slice(0, -2);
    return centerKind(core, LEVEL_CHARS.has(core[0] ?? '') || /[市县区省]/.test(core));
  }
  if (row.kind === 'inherit') {
    const parent = name.slice(0, name.length - row.suffix.length);
    return parent ? orgKindOf(parent, lexicon, classifyRows) : 'other';
  }
  if (row.role === 'branch') {
    const parent = name.slice(0, name.length - row.suffix.length);
    const parentKind = parent ? orgKindOf(parent, lexicon, classifyRows) : 'other';
    return parentKind !== 'other' && row.kind === 'bank' ? parentKind : row.kind;
  }
  return row.kind;
}
