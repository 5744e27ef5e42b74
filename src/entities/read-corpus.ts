/**
 * Corpus readers for the entity model: char BIO files, CLUENER JSON lines and People's Daily POS
 * text → `AnnotatedSentence`s with gold spans in the sentence's own (width-folded) coordinates.
 * Every sentence says which labels its corpus annotates, so training can leave the others latent.
 * A malformed line throws `TifaError('resource_parse')` naming file and line, unless `skipBad`.
 */
import { readFileSync } from 'node:fs';
import { TifaError } from '../errors.js';
import { foldWidth } from '../text/normalize.js';

/** Labels the entity model knows. */
export const MODEL_LABELS = ['PER', 'LOC', 'ORG', 'TITLE'] as const;
/** One of `MODEL_LABELS`. */
export type ModelLabel = (typeof MODEL_LABELS)[number];

/** A gold entity span inside a sentence. */
export interface GoldSpan {
  /** First code unit, inclusive. */
  readonly start: number;
  /** Last code unit, exclusive. */
  readonly end: number;
  /** Label. */
  readonly label: ModelLabel;
  /** Finer kind where the corpus has one (government, company, address, scene …). */
  readonly subtype?: string;
  /** True when the corpus marks a whole composite (a CLUENER address) that may hold several parts. */
  readonly composite?: boolean;
}

/** One training or evaluation sentence. */
export interface AnnotatedSentence {
  /** Width-folded text. */
  readonly text: string;
  /** Gold spans, ordered, non-overlapping. */
  readonly spans: readonly GoldSpan[];
  /** Labels this corpus annotates; others are unknown (not `O`) in its text. */
  readonly annotated: readonly ModelLabel[];
  /** Where it came from, `FILE:LINE`. */
  readonly origin: string;
}

/** Input formats. */
export type CorpusFormat = 'bio' | 'cluener' | 'pd';

/** Reader options. */
export interface ReadCorpusOptions {
  /** Count and skip malformed lines (or sentences) instead of throwing. */
  readonly skipBad?: boolean;
  /** File name used in messages (defaults to the path). */
  readonly file?: string;
}

/** A parsed corpus. */
export interface Corpus {
  /** The sentences. */
  readonly sentences: AnnotatedSentence[];
  /** Malformed lines skipped (only with `skipBad`). */
  readonly skipped: number;
}

/** A corpus reference: format, path and an optional percent slice of its sentences. */
export interface CorpusSpec {
  /** Format. */
  readonly format: CorpusFormat;
  /** File path. */
  readonly path: string;
  /** First percent of the sentences kept (inclusive), 0 when absent. */
  readonly from: number;
  /** Last percent kept (exclusive), 100 when absent. */
  readonly to: number;
}

/** Parse `FORMAT:PATH` or `FORMAT:PATH#FROM-TO` (a percent slice, e.g. `bio:train.bio#0-95`). */
export function parseCorpusSpec(spec: string): CorpusSpec {
  const m = /^(bio|cluener|pd):(.+?)(?:#(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?))?$/.exec(spec);
  const from = m?.[3] ? Number(m[3]) : 0;
  const to = m?.[4] ? Number(m[4]) : 100;
  if (!m || !(from >= 0 && to <= 100 && from < to)) {
    throw new TifaError('invalid_option', `tifa: --corpus ${spec}: expected FORMAT:PATH[#FROM-TO] with FORMAT bio, cluener or pd`, { field: 'corpus' });
  }
  return { format: m[1] as CorpusFormat, path: m[2]!, from, to };
}

/** Read the sentences a spec names (its slice only). */
export function readCorpusSpec(spec: CorpusSpec, options: ReadCorpusOptions = {}): Corpus {
  const corpus = readCorpus(spec.format, spec.path, options);
  if (spec.from === 0 && spec.to === 100) return corpus;
  const n = corpus.sentences.length;
  const a = Math.floor((n * spec.from) / 100);
  const b = Math.floor((n * spec.to) / 100);
  return { sentences: corpus.sentences.slice(a, b), skipped: corpus.skipped };
}

/** Read a corpus file of the given format. */
export function readCorpus(format: CorpusFormat, path: string, options: ReadCorpusOptions = {}): Corpus {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TifaError('resource_not_found', `tifa: ${path}: cannot read corpus`, { file: path }, { cause: error });
  }
  const opts = { ...options, file: options.file ?? path };
  if (format === 'bio') return parseBioCorpus(text, opts);
  if (format === 'cluener') return parseClueNerCorpus(text, opts);
  return parsePeoplesDailyCorpus(text, opts);
}

const LABEL_ALIASES: Readonly<Record<string, ModelLabel>> = {
  PER: 'PER', PERSON: 'PER', NR: 'PER', LOC: 'LOC', GPE: 'LOC', NS: 'LOC', ORG: 'ORG', NT: 'ORG', TITLE: 'TITLE', POSITION: 'TITLE',
};

function fail(file: string, line: number, message: string): TifaError {
  return new TifaError('resource_parse', `tifa: ${file} line ${line}: ${message}`, { file, line });
}

/**
 * Char-per-line files (`char<TAB|space>tag`, blank line between sentences), tags BIO or BIOES
 * (`B-PER`, `I-LOC`, `E-ORG`, `S-PER`, `M-x` = `I-x`, `O`). An `I-x` that cannot continue starts a
 * new span. Annotated labels = the labels seen anywhere in the file.
 */
export function parseBioCorpus(content: string, options: ReadCorpusOptions = {}): Corpus {
  const file = options.file ?? '<bio>';
  const lines = content.split('\n');
  const sentences: { text: string; spans: GoldSpan[]; origin: string }[] = [];
  const seen = new Set<ModelLabel>();
  let skipped = 0;
  let chars: string[] = [];
  let tags: (ModelLabel | null)[] = [];
  let kinds: string[] = [];
  let firstLine = 0;
  let bad = false;
  const flush = (): void => {
    if (chars.length > 0 && !bad) {
      const spans: GoldSpan[] = [];
      let open: { start: number; label: ModelLabel } | null = null;
      const close = (end: number): void => {
        if (open) spans.push({ start: open.start, end, label: open.label });
        open = null;
      };
      for (let i = 0; i < chars.length; i++) {
        const kind = kinds[i]!;
        const label = tags[i];
        if (kind === 'O' || !label) { close(i); continue; }
        const current = open as { start: number; label: ModelLabel } | null;
        const continues = (kind === 'I' || kind === 'E') && current !== null && current.label === label;
        if (!continues) { close(i); open = { start: i, label }; }
        if (kind === 'E' || kind === 'S') close(i + 1);
      }
      close(chars.length);
      sentences.push({ text: foldWidth(chars.join('')), spans, origin: `${file}:${firstLine}` });
    }
    chars = []; tags = []; kinds = []; bad = false;
  };
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r$/, '');
    if (raw.trim() === '') { flush(); continue; }
    if (chars.length === 0) firstLine = n + 1;
    if (bad) continue;
    // The character itself may be a space (`  O`), so split at the LAST separator.
    const sep = Math.max(raw.lastIndexOf('\t'), raw.lastIndexOf(' '));
    const ch = sep > 0 ? raw.slice(0, sep).replace(/[\t ]+$/, '') || raw.slice(0, 1) : '';
    const tag = sep > 0 ? raw.slice(sep + 1) : '';
    const m = /^(?:([BIMES])-([A-Za-z]+)|(O))$/.exec(tag);
    let problem = '';
    if (sep <= 0 || tag === '') problem = `expected "char<TAB>tag", found ${JSON.stringify(raw.slice(0, 40))}`;
    else if (!m) problem = `expected a BIO tag (O, B-X, I-X), found ${JSON.stringify(tag.slice(0, 20))}`;
    else if ([...ch].length !== 1) problem = `expected one character before the tag, found ${JSON.stringify(ch.slice(0, 20))}`;
    let label: ModelLabel | null = null;
    if (!problem && m && !m[3]) {
      label = LABEL_ALIASES[m[2]!.toUpperCase()] ?? null;
      if (!label) problem = `expected label PER, LOC, ORG or TITLE, found ${JSON.stringify(m[2])}`;
    }
    if (problem) {
      if (!options.skipBad) throw fail(file, n + 1, problem);
      skipped++; bad = true; continue;
    }
    if (label) seen.add(label);
    const kind = m![3] ? 'O' : m![1] === 'M' ? 'I' : m![1]!;
    // An astral character takes two code units: repeat its tag so offsets stay aligned.
    for (let k = 0; k < ch.length; k++) {
      chars.push(ch[k]!);
      tags.push(label);
      kinds.push(k === 0 ? kind : kind === 'O' ? 'O' : 'I');
    }
  }
  flush();
  const annotated = MODEL_LABELS.filter((l) => seen.has(l));
  return { sentences: sentences.map((s) => ({ ...s, annotated })), skipped };
}

const CLUENER_MAP: Readonly<Record<string, { label: ModelLabel; subtype?: string; composite?: boolean } | null>> = {
  name: { label: 'PER' },
  position: { label: 'TITLE' },
  organization: { label: 'ORG', subtype: 'organization' },
  government: { label: 'ORG', subtype: 'government' },
  company: { label: 'ORG', subtype: 'company' },
  address: { label: 'LOC', subtype: 'address', composite: true },
  scene: { label: 'LOC', subtype: 'scene' },
  book: null, movie: null, game: null,
};

/**
 * CLUENER JSON lines: name → PER, position → TITLE, organization/government/company → ORG (with
 * `subtype`), address → LOC (composite), scene → LOC; book, movie and game are not entities here.
 */
export function parseClueNerCorpus(content: string, options: ReadCorpusOptions = {}): Corpus {
  const file = options.file ?? '<cluener>';
  const lines = content.split('\n');
  const sentences: AnnotatedSentence[] = [];
  let skipped = 0;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r$/, '');
    if (raw.trim() === '') continue;
    try {
      sentences.push(parseClueNerLine(raw, file, n + 1));
    } catch (error) {
      if (!options.skipBad) throw error;
      skipped++;
    }
  }
  return { sentences, skipped };
}

function parseClueNerLine(raw: string, file: string, line: number): AnnotatedSentence {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    throw fail(file, line, `expected a JSON object, found ${JSON.stringify(raw.slice(0, 40))}`);
  }
  if (typeof record !== 'object' || record === null || typeof (record as { text?: unknown }).text !== 'string') {
    throw fail(file, line, 'expected an object with a string "text"');
  }
  const text = (record as { text: string }).text;
  const label = (record as { label?: unknown }).label ?? {};
  if (typeof label !== 'object' || label === null) throw fail(file, line, 'expected "label" to be an object');
  const spans: GoldSpan[] = [];
  for (const [type, surfaces] of Object.entries(label as Record<string, unknown>)) {
    if (!(type in CLUENER_MAP)) throw fail(file, line, `expected a CLUENER label (name, address, …), found ${JSON.stringify(type)}`);
    const mapped = CLUENER_MAP[type];
    if (typeof surfaces !== 'object' || surfaces === null) throw fail(file, line, `expected label ${type} to map surfaces to offsets`);
    for (const [surface, ranges] of Object.entries(surfaces as Record<string, unknown>)) {
      if (!Array.isArray(ranges)) throw fail(file, line, `expected a list of [start, end] for ${JSON.stringify(surface)}`);
      for (const range of ranges) {
        const ok = Array.isArray(range) && range.length === 2 && Number.isInteger(range[0]) && Number.isInteger(range[1])
          && range[0] >= 0 && range[1] >= range[0] && range[1] < text.length;
        if (!ok) throw fail(file, line, `expected [start, end] inside the text for ${JSON.stringify(surface)}, found ${JSON.stringify(range)}`);
        const [s, e] = range as [number, number];
        if (text.slice(s, e + 1) !== surface) {
          throw fail(file, line, `expected ${JSON.stringify(surface)} at [${s}, ${e}], found ${JSON.stringify(text.slice(s, e + 1))}`);
        }
        if (mapped) spans.push({ start: s, end: e + 1, label: mapped.label, ...(mapped.subtype ? { subtype: mapped.subtype } : {}), ...(mapped.composite ? { composite: true } : {}) });
      }
    }
  }
  return { text: foldWidth(text), spans: dropOverlaps(spans), annotated: ['PER', 'LOC', 'ORG', 'TITLE'], origin: `${file}:${line}` };
}

/** Sort spans and drop any that overlaps an earlier (longer first) one. */
function dropOverlaps(spans: GoldSpan[]): GoldSpan[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GoldSpan[] = [];
  let end = 0;
  for (const s of spans) {
    if (s.start < end) continue;
    out.push(s);
    end = s.end;
  }
  return out;
}

/** The paragraph id opening a People's Daily line (`19980101-01-001-002/m`). */
export const PD_ID = /^\d{8}-\d{2}-\d{3}-\d{3}\/m$/;
/** A People's Daily token: optional `[`, the word, its tag, and the bracket's tag after `]`. */
export const PD_TOKEN = /^(\[?)(.+)\/([A-Za-z]+)(?:\]([A-Za-z]+))?$/;
const PD_SENTENCE_END = new Set(['。', '！', '？', '!', '?']);

/**
 * People's Daily POS text (`word/TAG` separated by spaces, one paragraph a line, optional id first):
 * adjacent `nr` → one PER, `ns` → LOC, `nt` → ORG, `[…]nt` / `[…]ns` brackets → one ORG / LOC (their
 * inner tags ignored; other brackets contribute nothing). Paragraphs are split into sentences after
 * 。！？ where no entity crosses.
 */
export function parsePeoplesDailyCorpus(content: string, options: ReadCorpusOptions = {}): Corpus {
  const file = options.file ?? '<pd>';
  const lines = content.split('\n');
  const sentences: AnnotatedSentence[] = [];
  let skipped = 0;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r+$/, '');
    if (raw.trim() === '') continue;
    try {
      for (const s of parsePeoplesDailyLine(raw, file, n + 1)) sentences.push(s);
    } catch (error) {
      if (!options.skipBad) throw error;
      skipped++;
    }
  }
  return { sentences, skipped };
}

function parsePeoplesDailyLine(raw: string, file: string, line: number): AnnotatedSentence[] {
  const tokens = raw.trim().split(/\s+/);
  if (tokens.length > 0 && PD_ID.test(tokens[0]!)) tokens.shift();
  let text = '';
  const spans: GoldSpan[] = [];
  let bracket: { start: number } | null = null;
  let person: { start: number; end: number } | null = null;
  const closePerson = (): void => {
    if (person) spans.push({ start: person.start, end: person.end, label: 'PER' });
    person = null;
  };
  const cuts: number[] = [];
  for (const token of tokens) {
    const m = PD_TOKEN.exec(token);
    if (!m) throw fail(file, line, `expected word/TAG, found ${JSON.stringify(token.slice(0, 40))}`);
    const [, open, word, tag, outer] = m as unknown as [string, string, string, string, string | undefined];
    if (open) {
      if (bracket) throw fail(file, line, `expected "]" before a new "[", found ${JSON.stringify(token.slice(0, 40))}`);
      closePerson();
      bracket = { start: text.length };
    }
    const start = text.length;
    text += word;
    const end = text.length;
    if (bracket) {
      if (outer !== undefined) {
        const label = outer === 'nt' ? 'ORG' : outer === 'ns' ? 'LOC' : outer === 'nr' ? 'PER' : null;
        if (label) spans.push({ start: bracket.start, end, label });
        bracket = null;
      }
      continue;
    }
    if (outer !== undefined) throw fail(file, line, `expected "[" before "]${outer}", found ${JSON.stringify(token.slice(0, 40))}`);
    if (tag === 'nr') {
      if (person) person.end = end;
      else person = { start, end };
      continue;
    }
    closePerson();
    if (tag === 'ns') spans.push({ start, end, label: 'LOC' });
    else if (tag === 'nt') spans.push({ start, end, label: 'ORG' });
    else if (tag === 'w' && PD_SENTENCE_END.has(word)) cuts.push(end);
  }
  if (bracket) throw fail(file, line, 'expected "]TAG" to close "["');
  closePerson();
  const folded = foldWidth(text);
  const out: AnnotatedSentence[] = [];
  let from = 0;
  let k = 0;
  const ends = [...cuts, folded.length];
  for (const cut of ends) {
    if (cut <= from) continue;
    if (spans.some((s) => s.start < cut && s.end > cut)) continue;
    const own: GoldSpan[] = [];
    while (k < spans.length && spans[k]!.start < cut) {
      const s = spans[k++]!;
      own.push({ ...s, start: s.start - from, end: s.end - from });
    }
    const sentence = folded.slice(from, cut);
    if (sentence.trim() !== '') out.push({ text: sentence, spans: own, annotated: ['PER', 'LOC', 'ORG'], origin: `${file}:${line}` });
    from = cut;
  }
  return out;
}
