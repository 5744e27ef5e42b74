/**
 * findSpeakers: text + person mentions → reported speech spans attributed to people.
 * A cue is a subject directly followed by a speech verb (章旭升指出 / 强调 / 表示 / 要求 / 认为 …),
 * optionally with a title (胡勇春市长指出), adverbs (还, 进一步) or a 在…时 clause in between;
 * 他/她 + cue goes to the nearest person mentioned before it (same or previous paragraph).
 * Speech runs from after the cue (and a ，/：/“) to the next cue's subject or the end of the
 * paragraph (`\n`). Empty speech is dropped. Linear in the text plus the mentions.
 */
import { isCjk, isSpace } from './char-classes.js';

/** Something that may speak: a person mention (with its person index) or a role with no person (相关负责人). */
export interface SpeakerSubject {
  /** First code unit. */
  readonly start: number;
  /** End, exclusive. */
  readonly end: number;
  /** Index of the person, or undefined for a subject that only bounds other speech. */
  readonly person?: number;
}

/** Reported speech attributed to a person. */
export interface SpeechSpan {
  /** Index of the person. */
  readonly person: number;
  /** First code unit of the speech. */
  readonly start: number;
  /** End of the speech, exclusive. */
  readonly end: number;
  /** Start of the cue verb (指出 …). */
  readonly cueStart: number;
  /** End of the cue verb. */
  readonly cueEnd: number;
}

/** Speech verbs; the longest match wins (介绍说 over 介绍). */
export const SPEECH_CUES: readonly string[] = [
  '指出', '强调', '表示', '要求', '认为', '说', '介绍', '提出', '称', '坦言', '透露', '希望', '建议', '说道', '谈到',
  '表态', '指示', '寄语', '告诉记者', '回忆说', '介绍说', '解释说', '补充说', '笑着说', '坦承', '直言', '呼吁',
  '勉励', '叮嘱', '分析', '宣布', '重申', '表明', '发言时说', '讲话时说',
];
/** Cues that count only before punctuation (张三说， but not 张三说明). */
const NEEDS_PUNCT = new Set(['说', '称', '介绍', '提出', '分析', '宣布', '希望', '建议', '谈到', '勉励', '叮嘱', '呼吁', '表明']);
const ADVERBS = [
  '还', '也', '又', '再次', '进一步', '同时', '最后', '特别', '明确', '则', '更是', '一再', '反复', '首先', '随后', '接着',
  '当场', '现场', '深刻', '严肃', '充分', '多次', '专门', '郑重', '对此', '动情地', '坦率地', '高兴地', '激动地', '语重心长地', '都',
];
const PUNCT_AFTER = new Set(['，', ',', '：', ':', '“', '"', '「', '『', '\n']);
const OPEN_SPEECH = new Set(['，', ',', '：', ':', '“', '"', '「', '『', ' ', '\u3000']);
const CLAUSE_END = new Set(['，', '。', '；', '！', '？', '\n', '、', '：', ',', ';', '!', '?']);
const CLAUSE_TAIL = new Set(['时', '中', '上', '后']);
const CUES = new Set(SPEECH_CUES);
const ADVERB_SET = new Set(ADVERBS);
const MAX_CUE = Math.max(...SPEECH_CUES.map((c) => c.length));
const MAX_ADVERB = Math.max(...ADVERBS.map((a) => a.length));

interface Cue { subjectStart: number; person: number | undefined; cueStart: number; cueEnd: number; speechStart: number }

/** Finds reported speech; `titles` lets a cue follow a title after the name (胡勇春市长指出). */
export function findSpeakers(
  text: string, subjects: readonly SpeakerSubject[], titles: readonly { readonly start: number; readonly end: number }[] = [],
): SpeechSpan[] {
  const titleEnd = new Map<number, number>();
  for (const t of titles) titleEnd.set(t.start, t.end);
  const sorted = [...subjects].sort((a, b) => a.start - b.start);
  const cues: Cue[] = [];
  for (const s of sorted) {
    let q = s.end;
    if (s.person !== undefined) q = titleEnd.get(q) ?? q;
    const cue = matchCue(text, q);
    if (cue) cues.push({ subjectStart: s.start, person: s.person, ...cue });
  }
  // 他/她 + cue → nearest earlier person mention.
  const persons = sorted.filter((s) => s.person !== undefined);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '他' && ch !== '她') continue;
    if (text[i + 1] === '们' || (i > 0 && isCjk(text[i - 1]))) continue;
    const cue = matchCue(text, i + 1);
    if (!cue) continue;
    while (k < persons.length && (persons[k] as SpeakerSubject).end <= i) k++;
    const prev = persons[k - 1];
    if (!prev || i - prev.end > 400 || countNewlines(text, prev.end, i) > 1) continue;
    cues.push({ subjectStart: i, person: prev.person, ...cue });
  }
  cues.sort((a, b) => a.subjectStart - b.subjectStart);
  const out: SpeechSpan[] = [];
  let newline = -1;
  let j = 0;
  for (const c of cues) {
    if (c.person === undefined) continue;
    if (newline < c.speechStart) {
      newline = text.indexOf('\n', c.speechStart);
      if (newline < 0) newline = text.length;
    }
    while (j < cues.length && (cues[j] as Cue).subjectStart < c.speechStart) j++;
    let end = Math.min(newline, cues[j]?.subjectStart ?? text.length);
    while (end > c.speechStart && isSpace(text[end - 1])) end--;
    if (end > c.speechStart) out.push({ person: c.person, start: c.speechStart, end, cueStart: c.cueStart, cueEnd: c.cueEnd });
  }
  return out;
}

function matchCue(text: string, at: number): { cueStart: number; cueEnd: number; speechStart: number } | undefined {
  const direct = cueAfterAdverbs(text, at);
  if (direct) return direct;
  if (text[at] !== '在') return undefined;
  for (let j = at + 2; j < text.length && j - at <= 40; j++) {
    if (CLAUSE_END.has(text[j - 1] as string)) return undefined;
    if (CLAUSE_TAIL.has(text[j - 1] as string)) {
      const cue = cueAfterAdverbs(text, j);
      if (cue) return cue;
    }
  }
  return undefined;
}

function cueAfterAdverbs(text: string, at: number): { cueStart: number; cueEnd: number; speechStart: number } | undefined {
  let r = at;
  for (let n = 0; n <= 2; n++) {
    const cue = longest(text, r, CUES, MAX_CUE);
    if (cue && (!NEEDS_PUNCT.has(cue) || r + cue.length >= text.length || PUNCT_AFTER.has(text[r + cue.length] as string))) {
      let s = r + cue.length;
      for (let m = 0; m < 3 && OPEN_SPEECH.has(text[s] as string); m++) s++;
      return { cueStart: r, cueEnd: r + cue.length, speechStart: s };
    }
    const adverb = longest(text, r, ADVERB_SET, MAX_ADVERB);
    if (!adverb) return undefined;
    r += adverb.length;
  }
  return undefined;
}

function longest(text: string, at: number, set: ReadonlySet<string>, max: number): string | undefined {
  for (let k = Math.min(max, text.length - at); k >= 1; k--) {
    const w = text.slice(at, at + k);
    if (set.has(w)) return w;
  }
  return undefined;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n') n++;
  return n;
}
