/**
 * STOP_WORDS: function words and empty verbs of Chinese news and policy prose that never make a
 * keyword or the edge of a candidate phrase. Part-of-speech filtering removes the rest.
 */

/** Stop words (general knowledge, not taken from any evaluation text). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `的 了 和 与 及 或 在 是 有 为 对 将 把 被 从 向 以 于 由 而 并 也 都 就 又 还 更 最 很 等 等等 之 其 此 这 那 这些 那些 这个 那个 这样 那样 这里 那里 我们 你们 他们 她们 它们 我 你 他 她 它 自己 大家
  一个 一些 一种 一批 一是 二是 三是 四是 五是 一方面 另一方面 方面 进一步 不断 持续 切实 全面 积极 认真 深入 加快 加强 推进 推动 坚持 实现 开展 做好 抓好 落实 提升 提高 进行 实施 通过 根据 按照 围绕 关于 对于 以及 同时 其中 已经 正在 目前 当前 今年 去年 明年 近年来 近日 日前 记者 本报讯 通讯员 融媒 报道 工作 问题 情况 相关 有关 要求 指出 强调 表示 认为 提出 希望 重要 主要 各种 各类 各级 各部门 方式 一起 一直 可以 能够 应该 需要 必须 要 会 能 让 使 给 到 上 下 中 内 外 前 后 时 年 月 日 个 次 项 条 件 位 名 多 少 大 小 新 好 高 不 没有 并且 但是 因为 所以 如果 虽然 但 却 则 即 且 若 及其 以来 之后 之前 以上 以下 左右 期间 方面 领域 部分 整体 实际 具体 有效 有力 扎实 稳妥 主动 充分 严格 依法 坚决 努力 不仅 而且 特别 尤其 还要 要把 要以 就是 这是 也是 都是 已 曾 再 才 只 仅 每 各 该 本 此次 这次 当下 当日 一步 一道 一同 广大`.split(/\s+/).filter(Boolean),
);

/** Per code unit: 1 when it is a one-unit stop word. */
const SINGLE_STOPS = new Uint8Array(0x10000);
/** Bit set over a hash of the first two units of every longer stop word. */
const PAIR_BITS = 16;
const STOP_PAIRS = new Uint32Array(1 << (PAIR_BITS - 5));

function pairBit(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> (32 - PAIR_BITS);
}

for (const w of STOP_WORDS) {
  if (w.length === 1) SINGLE_STOPS[w.charCodeAt(0)] = 1;
  else if (w.length > 1) {
    const bit = pairBit(w.charCodeAt(0), w.charCodeAt(1));
    STOP_PAIRS[bit >>> 5] = (STOP_PAIRS[bit >>> 5]! | (1 << (bit & 31))) >>> 0;
  }
}

/**
 * `STOP_WORDS.has(word)`, answered from two small tables for most words: one-unit words directly,
 * longer words looked up only when their first two units begin some stop word.
 */
export function isStopWord(word: string): boolean {
  const n = word.length;
  if (n === 0) return STOP_WORDS.has(word);
  if (n === 1) return SINGLE_STOPS[word.charCodeAt(0)] === 1;
  const bit = pairBit(word.charCodeAt(0), word.charCodeAt(1));
  return ((STOP_PAIRS[bit >>> 5]! >>> (bit & 31)) & 1) === 1 && STOP_WORDS.has(word);
}

/**
 * A membership test for short ASCII tags (jieba POS tags), by code units instead of hashing the
 * string: `tagTest(list)(tag) === new Set(list).has(tag)` for every string.
 */
export function tagTest(tags: readonly string[]): (tag: string) => boolean {
  const one = new Uint8Array(128);
  const two = new Uint8Array(128 * 128);
  const longer = new Set<string>();
  for (const t of tags) {
    if (t.length === 1 && t.charCodeAt(0) < 128) one[t.charCodeAt(0)] = 1;
    else if (t.length === 2 && t.charCodeAt(0) < 128 && t.charCodeAt(1) < 128) two[t.charCodeAt(0) * 128 + t.charCodeAt(1)] = 1;
    else longer.add(t);
  }
  return (tag: string): boolean => {
    if (tag.length === 1) {
      const c = tag.charCodeAt(0);
      return c < 128 ? one[c] === 1 : longer.has(tag);
    }
    if (tag.length === 2) {
      const a = tag.charCodeAt(0);
      const b = tag.charCodeAt(1);
      return a < 128 && b < 128 ? two[a * 128 + b] === 1 : longer.has(tag);
    }
    return longer.has(tag);
  };
}
