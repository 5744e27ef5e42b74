/**
 * STOP_WORDS: function words and empty verbs of Chinese news and policy prose that never make a
 * keyword or the edge of a candidate phrase. Part-of-speech filtering removes the rest.
 */

/** Stop words (general knowledge, not taken from any evaluation text). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `的 了 和 与 及 或 在 是 有 为 对 将 把 被 从 向 以 于 由 而 并 也 都 就 又 还 更 最 很 等 等等 之 其 此 这 那 这些 那些 这个 那个 这样 那样 这里 那里 我们 你们 他们 她们 它们 我 你 他 她 它 自己 大家
  一个 一些 一种 一批 一是 二是 三是 四是 五是 一方面 另一方面 方面 进一步 不断 持续 切实 全面 积极 认真 深入 加快 加强 推进 推动 坚持 实现 开展 做好 抓好 落实 提升 提高 进行 实施 通过 根据 按照 围绕 关于 对于 以及 同时 其中 已经 正在 目前 当前 今年 去年 明年 近年来 近日 日前 记者 本报讯 通讯员 融媒 报道 工作 问题 情况 相关 有关 要求 指出 强调 表示 认为 提出 希望 重要 主要 各种 各类 各级 各部门 方式 一起 一直 可以 能够 应该 需要 必须 要 会 能 让 使 给 到 上 下 中 内 外 前 后 时 年 月 日 个 次 项 条 件 位 名 多 少 大 小 新 好 高 不 没有 并且 但是 因为 所以 如果 虽然 但 却 则 即 且 若 及其 以来 之后 之前 以上 以下 左右 期间 方面 领域 部分 整体 实际 具体 有效 有力 扎实 稳妥 主动 充分 严格 依法 坚决 努力 不仅 而且 特别 尤其 还要 要把 要以 就是 这是 也是 都是 已 曾 再 才 只 仅 每 各 该 本 此次 这次 当下 当日 一步 一道 一同 广大`.split(/\s+/).filter(Boolean),
);
