/**
 * linkOrganizations: organization mentions in text order (+ the document's region) → organizations.
 * Full forms group by name; a short form (农商银行) joins the nearest full form that ends with it,
 * a reference (该行) the nearest earlier one of its kind; units keep their parent (永康农商银行总行营业部
 * → 永康农商银行, created if never written alone); level-relative names (市委) get `resolved`
 * (中共永康市委) when the region has a division of that level. Unlinked short forms stay as written.
 */
import type { Organization } from '../document/types.js';
import type { OrgKind } from './org-kinds.js';

/** One mention to link. */
export interface OrgLinkInput {
  /** Entity id of the mention. */
  readonly id: string;
  /** Name as written. */
  readonly name: string;
  /** Kind. */
  readonly kind: OrgKind;
  /** Position (orders the mentions). */
  readonly start: number;
  /** `full`, `short` or `reference`. */
  readonly form: 'full' | 'short' | 'reference';
  /** Level character it is relative to (市 in 市委). */
  readonly level?: string;
  /** Name of the organization it is a unit of. */
  readonly parentName?: string;
  /** Kind of that parent. */
  readonly parentKind?: OrgKind;
}

/** The document's region: full names of its divisions by level. */
export interface OrgRegion {
  /** Province (浙江省). */
  readonly province?: string;
  /** Prefecture city (金华市). */
  readonly city?: string;
  /** County-level unit (永康市). */
  readonly county?: string;
}

/** The division a level character refers to: 市 → the county-level city, else the prefecture city. */
function regionFor(level: string, region: OrgRegion): string | undefined {
  const { county, city, province } = region;
  if (level === '市') return county?.endsWith('市') ? county : city?.endsWith('市') ? city : undefined;
  if (level === '县') return county?.endsWith('县') ? county : undefined;
  if (level === '区') return county?.endsWith('区') ? county : undefined;
  if (level === '省') return province?.endsWith('省') ? province : undefined;
  return undefined;
}

/** The full name of a level-relative organization (市委 → 中共永康市委), when the region allows. */
export function resolveLevelName(name: string, level: string, region: OrgRegion): string | undefined {
  const r = regionFor(level, region);
  if (!r || !name.startsWith(level)) return undefined;
  const rest = name.slice(level.length);
  if (rest === '委' || rest.startsWith('委') && !rest.startsWith('委员会')) return `中共${r}${rest}`;
  if (rest === '政府') return `${r}人民政府`;
  if (rest === '政协') return `政协${r}委员会`;
  return `${r}${rest}`;
}

/** Links mentions into organizations, in order of first mention. */
export function linkOrganizations(mentions: readonly OrgLinkInput[], region: OrgRegion = {}): Organization[] {
  type Mutable = { -readonly [K in keyof Organization]: Organization[K] } & { mentions: string[] };
  const orgs: Mutable[] = [];
  const byName = new Map<string, Mutable>();
  const create = (name: string, kind: string): Mutable => {
    const o: Mutable = { id: `o${orgs.length}`, name, kind, mentions: [] };
    orgs.push(o);
    byName.set(name, o);
    return o;
  };
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const fulls = sorted.filter((m) => m.form === 'full');

  // Full forms first (so short forms and parents find them), then the rest in order.
  const firstIdx = new Map<string, number>();
  for (const m of fulls) if (!firstIdx.has(m.name)) firstIdx.set(m.name, m.start);
  for (const m of sorted) {
    if (m.form !== 'full') continue;
    const o = byName.get(m.name) ?? create(m.name, m.kind);
    o.mentions.push(m.id);
    if (m.level && o.resolved === undefined) {
      const resolved = resolveLevelName(m.name, m.level, region);
      if (resolved) o.resolved = resolved;
    }
  }
  for (const m of sorted) {
    if (m.form === 'full') {
      if (m.parentName) {
        const o = byName.get(m.name) as Mutable;
        const parent = byName.get(m.parentName) ?? create(m.parentName, m.parentKind ?? m.kind);
        if (parent !== o) o.parent = parent.id;
        // A parent written with the branch's level character (市政府 of 市政府办公室) resolves with it.
        if (m.level && parent.resolved === undefined && m.parentName.startsWith(m.level)) {
          const resolved = resolveLevelName(m.parentName, m.level, region);
          if (resolved) parent.resolved = resolved;
        }
      }
      continue;
    }
    // Short form or reference: the nearest full form before it (else after it) that fits.
    const fits = (f: OrgLinkInput): boolean => (m.form === 'short'
      ? f.name.endsWith(m.name) && f.name.length > m.name.length && !f.parentName
      : f.kind === m.kind && !f.parentName);
    let target: OrgLinkInput | undefined;
    for (const f of fulls) {
      if (f.start < m.start && fits(f)) target = f;
    }
    if (!target && m.form === 'short') target = fulls.find((f) => f.start > m.start && fits(f));
    if (target) {
      (byName.get(target.name) as Mutable).mentions.push(m.id);
    } else if (m.form === 'short') {
      const o = byName.get(m.name) ?? create(m.name, m.kind);
      o.mentions.push(m.id);
    }
  }
  const startOf = new Map(mentions.map((m) => [m.id, m.start]));
  for (const o of orgs) o.mentions.sort((a, b) => (startOf.get(a) ?? 0) - (startOf.get(b) ?? 0));
  return orgs;
}
