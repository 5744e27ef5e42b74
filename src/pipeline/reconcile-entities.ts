/**
 * The `reconcile` step (after the model, before people, places and orgs): fuses the model's
 * entities with lexicons it does not see. A PER or LOC whose whole surface is a known policy phrase
 * (以人民为中心, 高质量发展) is dropped — a 提法 is not a name; a LOC whose name ends in an
 * organization suffix and in no place suffix (市矛调中心) becomes an ORG; an ORG numbering a plenary
 * session (二中 of 二中、三中全会) is dropped; a PER loses an opening
 * bracket or quote at its start or end, or a closing one with no opener inside (（Yumiko → Yumiko), and a PER left
 * with nothing is dropped. Lives in pipeline/ because it
 * joins two steps' resources; the steps themselves never import each other.
 */
import { changeEntity } from '../document/make-entity.js';
import type { Entity } from '../document/types.js';
import { orgKindOf, type OrgLexicon } from '../orgs/org-kinds.js';
import type { Component } from './component.js';

/** Place-final suffixes: a name ending so is a place even when an organization suffix also fits. */
const PLACE_END = /(省|市|县|区|镇|乡|村|街道|社区|新区|区块|开发区|园区|园|港|湾|山|河|湖|江|路|街|巷|镇区|片区|城)$/u;

const OPENERS = new Set(['（', '(', '“', '‘', '「', '『', '《', '〈', '[', '【', '〔', '"', '\'']);
const CLOSERS: ReadonlyMap<string, string> = new Map([['）', '（'], [')', '('], ['”', '“'], ['’', '‘'], ['」', '「'], ['』', '『'], ['》', '《'], ['〉', '〈'], [']', '['], ['】', '【'], ['〕', '〔']]);

/** A PER without stray brackets and quotes at its edges (see the file comment), or undefined when nothing is left. */
function trimPerson(e: Entity): Entity | undefined {
  const t = e.text;
  let a = 0;
  let b = t.length;
  for (;;) {
    const first = t[a] as string;
    const last = t[b - 1] as string;
    if (a < b && (OPENERS.has(first) || CLOSERS.has(first))) a++;
    else if (a < b && (OPENERS.has(last) || (CLOSERS.has(last) && !t.slice(a, b - 1).includes(CLOSERS.get(last) as string)))) b--;
    else break;
  }
  if (a === 0 && b === t.length) return e;
  if (a >= b) return undefined;
  const text = t.slice(a, b);
  return changeEntity(e, { start: e.start + a, end: e.start + b, text, normal: text.replace(/\s+/gu, ''), source: `${e.source}+rule:trim` });
}

/** A numbered plenary session of a Central Committee: 二中 of 二中全会, and of 二中、三中全会. */
const PLENARY = /^[一二三四五六七八九十]中$/u;
const PLENARY_AFTER = /^(?:、[一二三四五六七八九十]中)*全会/u;

/**
 * Reconciles `entities` with the theme phrases and the organization suffixes; with `text` (the
 * entities' own text), an ORG that numbers a plenary session (二中 of 十九届二中、三中全会) is dropped.
 */
export function reconcileEntities(entities: readonly Entity[], policyPhrases: ReadonlySet<string>, orgs: OrgLexicon, text?: string): Entity[] {
  const out: Entity[] = [];
  for (const given of entities) {
    const e = given.label === 'PER' ? trimPerson(given) : given;
    if (!e) continue;
    if (text !== undefined && e.label === 'ORG' && PLENARY.test(e.text) && PLENARY_AFTER.test(text.slice(e.end, e.end + 16))) continue;
    const name = e.normal || e.text.replace(/\s+/gu, '');
    if ((e.label === 'PER' || e.label === 'LOC') && policyPhrases.has(name)) continue;
    if (e.label === 'LOC' && !e.parts && !PLACE_END.test(name)) {
      // Only the suffixes that find organizations in text relabel a place (中西部 stays a place).
      const kind = orgKindOf(name, orgs, false);
      if (kind !== 'other') { out.push(changeEntity(e, { label: 'ORG', subtype: kind, source: `${e.source}+lexicon:orgs` })); continue; }
    }
    out.push(e);
  }
  return out;
}

/** Creates the reconciliation step. */
export function createReconcileComponent(policyPhrases: ReadonlySet<string>, orgs: OrgLexicon): Component {
  return {
    name: 'reconcile',
    requires: ['entities'],
    assigns: ['entities'],
    run: (state) => ({ entities: reconcileEntities(state.entities ?? [], policyPhrases, orgs, state.text) }),
  };
}
