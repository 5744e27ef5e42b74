/**
 * One-character abbreviations (简称) of China's province-level divisions, as news writes them in
 * 京津冀, 港澳台, 苏浙沪 or 援藏: general knowledge, mapped to the registry's full names. A place the
 * entity model found that is just such a character resolves to its province, with two limits:
 *
 * - 苏, 澳, 蒙 and 新 resolve only next to another abbreviation of the table (苏浙, 港澳, 晋陕蒙,
 *   甘青新), since alone they as often mean 苏联 (中苏), Australia (中澳), Mongolia (中蒙) or
 *   Singapore (中新);
 * - 宁 is left out: 宁夏 in 宁夏回族 but 南京 in 沪宁.
 */

/** Abbreviation → the province's registry name. */
const PROVINCES: Readonly<Record<string, string>> = {
  京: '北京市', 津: '天津市', 沪: '上海市', 渝: '重庆市', 冀: '河北省', 晋: '山西省', 辽: '辽宁省', 吉: '吉林省', 黑: '黑龙江省',
  浙: '浙江省', 皖: '安徽省', 闽: '福建省', 赣: '江西省', 鲁: '山东省', 豫: '河南省', 鄂: '湖北省', 湘: '湖南省', 粤: '广东省',
  桂: '广西壮族自治区', 琼: '海南省', 川: '四川省', 黔: '贵州省', 滇: '云南省', 藏: '西藏自治区', 陕: '陕西省', 甘: '甘肃省',
  青: '青海省', 港: '香港特别行政区', 台: '台湾省',
  苏: '江苏省', 澳: '澳门特别行政区', 蒙: '内蒙古自治区', 新: '新疆维吾尔自治区',
};

/** Other short names of province-level units that the registry does not list (香港特区 for 香港特别行政区). */
const OTHER_NAMES: Readonly<Record<string, string>> = { 香港特区: '香港特别行政区', 澳门特区: '澳门特别行政区', 内蒙: '内蒙古自治区' };

/** The registry name of a province-level unit written by another short name (香港特区), or undefined. */
export function provinceOfOtherName(name: string): string | undefined {
  return Object.hasOwn(OTHER_NAMES, name) ? OTHER_NAMES[name] : undefined;
}

/** Abbreviations that resolve only beside another one. */
const NEEDS_NEIGHBOUR = new Set(['苏', '澳', '蒙', '新']);

/** Whether the character at `i` of `text` is an abbreviation that needs no neighbour. */
function firmAt(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && PROVINCES[c] !== undefined && !NEEDS_NEIGHBOUR.has(c);
}

/**
 * The registry name of the province `text[start, end)` abbreviates, or undefined: one character of
 * the table, and for 苏, 澳, 蒙, 新 a firm abbreviation right before or after it (across a 、 too).
 */
export function provinceOfAbbreviation(text: string, start: number, end: number): string | undefined {
  if (end - start !== 1) return undefined;
  const c = text[start] ?? '';
  const province = PROVINCES[c];
  if (province === undefined || !NEEDS_NEIGHBOUR.has(c)) return province;
  const before = text[start - 1] === '、' ? start - 2 : start - 1;
  const after = text[end] === '、' ? end + 1 : end;
  return firmAt(text, before) || firmAt(text, after) ? province : undefined;
}
