/**
 * resolvePlaces: place evidence (name, position, candidate codes) + PlaceLexicon → one resolution
 * per evidence item, aligned with the input. The divisions a document names unambiguously, first
 * and most, give its region (county, city, province); an ambiguous name resolves only when exactly
 * one candidate lies inside that region at the innermost level holding any candidate, a village
 * only inside the county. Otherwise `code` stays undefined: no guess.
 */
import { levelOf, type PlaceLexicon } from './place-lexicon.js';

/** One place reference to resolve. */
export interface PlaceEvidence {
  /** Name as written (normalized). */
  readonly name: string;
  /** Position in the text (orders the evidence: first mentions weigh in ties). */
  readonly start: number;
  /** Codes it may denote (divisions: 2–9 digits; village-level units: 12 digits). */
  readonly candidates: readonly string[];
  /** Codes valid only inside the document's county (town short forms such as 东城). */
  readonly contextCandidates?: readonly string[];
  /** Code of the enclosing division written just before it (永康市 in 永康市西城街道). */
  readonly within?: string;
  /** False for evidence that only informs the context (永康 inside 永康农商银行). */
  readonly isPlace?: boolean;
  /** False for a place that resolves itself but says nothing of the document's region (京 of 京津冀). */
  readonly votes?: boolean;
}

/** A resolution. */
export interface PlaceResolution {
  /** Resolved code, when exactly one candidate fits. */
  readonly code?: string;
  /** Names of the enclosing divisions, outermost first. */
  readonly parents?: readonly string[];
  /** Kind of the resolved unit (province … town, village, community). */
  readonly kind?: string;
}

/** The document's region, innermost levels first when known. */
export interface PlaceContext {
  /** Dominant county-level code. */
  readonly county?: string;
  /** Dominant city-level code. */
  readonly city?: string;
  /** Dominant province code. */
  readonly province?: string;
}

/** The result: the region and the resolutions aligned with the evidence. */
export interface PlaceResolutions {
  /** The document's region. */
  readonly context: PlaceContext;
  /** One entry per evidence item. */
  readonly resolutions: readonly PlaceResolution[];
}

/** Names of the divisions enclosing `code` (not itself), outermost first. */
export function parentNames(code: string, lexicon: PlaceLexicon): string[] {
  const names: string[] = [];
  let parent: string | undefined = code.length === 12 ? code.slice(0, 9) : lexicon.divisions.get(code)?.parent;
  while (parent) {
    const d = lexicon.divisions.get(parent);
    if (!d) {
      // Pseudo levels (市辖区) are not in the lexicon: step to the next shorter code.
      parent = parent.length > 2 ? parent.slice(0, parent.length === 9 ? 6 : parent.length - 2) : undefined;
      continue;
    }
    names.unshift(d.name);
    parent = d.parent;
  }
  return names;
}

/** The code of `code`'s ancestor (or itself) at `level` chars (2, 4, 6), when it is a division. */
function ancestorAt(code: string, length: number, lexicon: PlaceLexicon): string | undefined {
  if (code.length < length) return undefined;
  const a = code.slice(0, length);
  return lexicon.divisions.has(a) ? a : undefined;
}

function kindOfCode(code: string, lexicon: PlaceLexicon): string | undefined {
  return lexicon.divisions.get(code)?.kind;
}

/**
 * The dominant code among tallies: most weight, then earliest. With `majority` it must also hold more
 * than half the weight of its level: a document naming cities and provinces all over the country
 * (攀枝花、包头和金川) gets no region from whichever it names first, while a county named first still
 * leads a tie (义乌、婺城: both in 金华).
 */
function dominant(tally: Map<string, { weight: number; first: number }>, filter: (code: string) => boolean, majority = false): string | undefined {
  let best: string | undefined;
  let bw = 0;
  let bf = Infinity;
  let total = 0;
  for (const [code, t] of tally) {
    if (!filter(code)) continue;
    total += t.weight;
    if (t.weight > bw || (t.weight === bw && t.first < bf)) { best = code; bw = t.weight; bf = t.first; }
  }
  return majority && bw * 2 <= total ? undefined : best;
}

/** Towns other than `code` whose short form is the evidence's name (乌镇镇 for a 乌镇 whose full name is another town's). */
function rivalShortForms(e: PlaceEvidence, code: string): readonly string[] {
  if (code.length !== 9 || !e.contextCandidates || e.contextCandidates.length === 0) return [];
  return e.contextCandidates.filter((c) => c !== code);
}

/** Resolves every evidence item against the document's own region. */
export function resolvePlaces(evidence: readonly PlaceEvidence[], lexicon: PlaceLexicon): PlaceResolutions {
  // 1. Unambiguous mentions (one candidate, or one inside the enclosing division) vote for their regions.
  const direct = evidence.map((e) => {
    const cands = e.within ? e.candidates.filter((c) => c.startsWith(e.within as string)) : e.candidates;
    // A town whose full name is also the short form of another town (乌镇 in 佳县; 乌镇镇 in 桐乡市
    // is 乌镇 too) is not unique: it resolves only in context, below, and does not vote.
    if (cands.length === 1 && e.within === undefined && rivalShortForms(e, cands[0] as string).length > 0) return undefined;
    // A village-level name resolves only inside the document's county, even when it is unique,
    // or when its enclosing county or town is written right before it (武义县桃溪镇泽村).
    return cands.length === 1 && ((cands[0] as string).length <= 9 || (e.within !== undefined && e.within.length >= 6)) ? cands[0] : undefined;
  });
  const tally = new Map<string, { weight: number; first: number }>();
  evidence.forEach((e, i) => {
    const code = direct[i];
    if (!code || code.length > 9 || e.votes === false) return;
    const weight = levelOf(kindOfCode(code, lexicon) ?? 'town') >= 3 ? 0.5 : 1;
    for (const len of [2, 4, 6]) {
      const a = ancestorAt(code, len, lexicon);
      if (!a) continue;
      const t = tally.get(a);
      if (t) { t.weight += weight; t.first = Math.min(t.first, e.start); } else tally.set(a, { weight, first: e.start });
    }
  });
  const isKind = (kind: string) => (code: string): boolean => kindOfCode(code, lexicon) === kind;
  const county = dominant(tally, isKind('county'));
  const cityOfCounty = county ? lexicon.divisions.get(county)?.parent : undefined;
  const city = cityOfCounty && kindOfCode(cityOfCounty, lexicon) === 'city' ? cityOfCounty : dominant(tally, isKind('city'), true);
  const province = (county ?? city)?.slice(0, 2) ?? dominant(tally, isKind('province'), true);
  const context: PlaceContext = { ...(county ? { county } : {}), ...(city ? { city } : {}), ...(province ? { province } : {}) };

  // 2. Each item: its own unique candidate, else the one candidate inside the region.
  const regions = [county, city, province].filter((r): r is string => r !== undefined);
  const resolutions = evidence.map((e, i): PlaceResolution => {
    let code = direct[i];
    if (!code) {
      const cands = e.within ? e.candidates.filter((c) => c.startsWith(e.within as string)) : e.candidates;
      const villages = cands.length > 0 && cands.every((c) => c.length === 12);
      if (cands.length > 0) {
        // Rival short forms count only inside the document's county, where short forms are valid.
        const rivals = e.within === undefined && cands.length === 1 ? rivalShortForms(e, cands[0] as string) : [];
        for (const region of regions) {
          if (villages && region !== county) break;
          const inside = cands.filter((c) => c.startsWith(region));
          if (region === county) for (const r of rivals) if (r.startsWith(county)) inside.push(r);
          if (inside.length === 0) continue;
          if (inside.length === 1) code = inside[0];
          break;
        }
      } else if (cands.length === 0 && county && e.contextCandidates) {
        const inside = e.contextCandidates.filter((c) => c.startsWith(county));
        if (inside.length === 1) code = inside[0];
      }
    }
    if (!code) return {};
    const kind = code.length === 12 ? undefined : kindOfCode(code, lexicon);
    return { code, parents: parentNames(code, lexicon), ...(kind ? { kind } : {}) };
  });
  return { context, resolutions };
}
