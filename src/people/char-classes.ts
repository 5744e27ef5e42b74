/**
 * Character classes shared by the people step: CJK ideographs, spaces, and the words that begin a
 * predicate after a name (参加, 在, 赴, 一行 …) and so mark where a name ends.
 */

/** True for one CJK ideograph (BMP unified, extension A, compatibility). */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** True for a space character (ASCII, ideographic, no-break, tab). */
export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u3000' || ch === '\t' || ch === '\u00a0';
}

/** Multi-character words that begin a predicate or a clause right after a name. */
export const PREDICATE_WORDS: readonly string[] = [
  '参加', '参与', '出席', '主持', '带队', '带领', '率领', '率队', '陪同', '一行', '一同', '一起', '等人', '同志',
  '指出', '强调', '表示', '要求', '认为', '介绍', '提出', '告诉', '透露', '坦言', '希望', '建议', '说道', '谈到',
  '讲话', '致辞', '发言', '汇报', '宣读', '宣布', '作报告', '作了', '做了', '来到', '前往', '深入', '先后', '随后',
  '分别', '亲自', '调研', '考察', '视察', '检查', '督查', '走访', '慰问', '看望', '会见', '会谈', '接待', '接见',
  '察看', '查看', '了解', '听取', '询问', '叮嘱', '勉励', '鼓励', '祝贺', '感谢', '参观', '正在', '当天', '今天',
  '昨天', '近日', '日前', '目前', '如今', '今年', '去年', '一直', '始终', '经常', '也是', '就是', '还是', '成为',
  '作为', '担任', '兼任', '负责', '分管', '主管', '获得', '荣获', '当选', '签署', '回答', '指导', '部署', '批示',
  '召开', '举行', '组织', '发布', '颁发', '现场', '实地', '详细', '认真', '仔细', '充分', '高度', '肯定', '是在',
  '已经', '曾经', '刚刚', '通过', '根据', '按照', '针对', '围绕', '对于', '关于', '进行', '开展', '接受', '采访',
  '摄影', '报道', '获悉', '发现', '看到', '注意到', '得知', '从事', '从小', '多年', '每天', '每年', '早在', '之前',
  '之后', '以来', '以后', '以前', '时候', '回忆', '笑着', '感慨', '坦承', '直言', '呼吁', '寄语', '翻耕', '种植',
  '一下', '一些', '一定', '一样', '一个', '一般', '一切', '一次', '一位', '一名',
];

/** Single characters that begin a predicate after a name and rarely end one. */
export const STRONG_STOPS: ReadonlySet<string> = new Set([
  '在', '赴', '到', '等', '的', '是', '说', '称', '向', '对', '从', '将', '也', '还', '又', '都', '就', '被', '把',
  '已', '率', '陪', '去', '于', '给', '及', '与', '跟', '携', '摄', '了', '着', '过', '所', '曾', '便', '却', '则',
  '并', '即', '而', '但', '因', '让', '请', '要', '会', '能', '可', '应', '得', '很', '最', '更', '不', '没', '有',
]);

/** Single characters that may begin a predicate but also occur at the end of names. */
export const WEAK_STOPS: ReadonlySet<string> = new Set([
  '和', '为', '来', '上', '下', '进', '入', '出', '后', '时', '正', '同', '以', '由', '任', '兼', '作', '做', '致',
  '领', '答', '问', '谈', '获', '看', '听', '讲', '带',
]);

/** Characters that never occur inside a Chinese given name after a title (pronouns, particles, units). */
export const NOT_IN_NAME: ReadonlySet<string> = new Set([
  '的', '了', '着', '过', '他', '她', '它', '们', '我', '你', '您', '这', '那', '其', '此', '该', '各', '每', '是', '在',
  '和', '与', '及', '等', '不', '也', '都', '就', '又', '还', '被', '把', '将', '对', '从', '向', '于', '所', '之', '而',
  '且', '或', '并', '即', '则', '却', '很', '最', '更', '已', '有', '无', '没', '要', '会', '能', '可', '应', '得', '地',
  '吗', '呢', '吧', '啊', '个', '些', '里', '外', '内', '们', '市', '县', '区', '省', '镇', '乡', '村', '局', '委', '厅',
  '部', '处', '科', '院', '校', '司', '说', '称', '到', '赴', '去', '让', '请', '给', '跟', '携', '率', '亿', '年', '号',
  '秒',
]);

/** Place suffixes: a "name" ending in one after a place-level title (市长泾镇) is a place. */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(['镇', '乡', '村', '街', '路', '县', '区', '市', '省', '州', '港', '湾', '岛', '桥', '庄', '寨', '屯', '埠', '湖', '河', '山', '江']);

/** Administrative characters that begin place-level titles (市长, 县长, 区长 …). */
export const ADMIN_CHARS: ReadonlySet<string> = new Set(['市', '县', '区', '省', '镇', '乡', '村', '州', '盟', '旗']);

/**
 * Address forms written after a bare surname (陈女士, 刘先生, 方总): they stand for an unnamed
 * person, and news NER data (CLUENER) marks no name there, so a title before one links to nobody.
 */
export const HONORIFICS: readonly string[] = [
  '先生', '女士', '小姐', '太太', '老师', '师傅', '阿姨', '大爷', '大妈', '大姐', '大哥', '老板', '同学', '总', '老',
];

/** Length of the address form (HONORIFICS) starting at `at`, 0 when none. */
export function honorificAt(text: string, at: number): number {
  for (const h of HONORIFICS) if (text.startsWith(h, at)) return h.length;
  return 0;
}
