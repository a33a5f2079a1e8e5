/**
 * Which sites a generate run adds to reach the wanted number: a province root when there
 * is none, then district portals, the province's departments and commune portals under the
 * districts, about as a real province has them (one district for eight or so communes).
 * Pure: the existing sites and the seed are parameters; slugs and hostnames never repeat.
 */
import type { SiteKind } from '../db/schema.js';
import { createRng, hashSeed } from '../demo/generator/index.js';
import { slugify } from '../text/index.js';
import { DEPARTMENTS, PLACE_FIRST, PLACE_SECOND } from './vocabulary.js';

export interface ExistingSite {
  readonly slug: string;
  readonly kind: SiteKind;
  readonly parentSlug: string | null;
  readonly hostnames: readonly string[];
}

export interface PlannedSite {
  readonly slug: string;
  readonly kind: SiteKind;
  readonly name: string;
  readonly shortName: string;
  /** Slug of the parent, planned earlier in the list or existing; null only for a new root. */
  readonly parent: string | null;
  readonly hostnames: readonly string[];
}

const ROOT_SLUG = 'quangtri';
const ROOT_HOST = 'quangtri.gov.vn';
/** Share of new sites that are district portals and departments; the rest are communes. */
const DISTRICT_SHARE = 0.1;
const DEPARTMENT_SHARE = 0.12;

export function planSites(existing: readonly ExistingSite[], wantedTotal: number, seed: number): PlannedSite[] {
  const missing = wantedTotal - existing.length;
  if (missing <= 0) return [];
  const rng = createRng(hashSeed(seed, 'sites', existing.length));
  const slugs = new Set(existing.map((s) => s.slug));
  const hosts = new Set(existing.flatMap((s) => s.hostnames));
  const plan: PlannedSite[] = [];
  const add = (site: Omit<PlannedSite, 'slug' | 'hostnames'>, wantedSlug: string, domain: string): PlannedSite => {
    let slug = wantedSlug.slice(0, 44);
    for (let n = 2; slugs.has(slug) || hosts.has(`${slug}.${domain}`); n++) slug = `${wantedSlug.slice(0, 44)}-${n}`;
    const planned = { ...site, slug, hostnames: [`${slug}.${domain}`] };
    slugs.add(slug);
    hosts.add(planned.hostnames[0] as string);
    plan.push(planned);
    return planned;
  };

  let root = existing.find((s) => s.parentSlug === null)?.slug;
  if (root === undefined) {
    const made = add({ kind: 'province', name: 'Cổng thông tin điện tử tỉnh Quảng Trị', shortName: 'Tỉnh Quảng Trị', parent: null }, ROOT_SLUG, 'gov.vn');
    root = made.slug;
  }
  const domain = existing.find((s) => s.slug === root)?.hostnames[0] ?? ROOT_HOST;
  const districts = existing.filter((s) => s.kind === 'district').map((s) => s.slug);
  const departments = existing.filter((s) => s.kind === 'department').length;
  const names = placeNames(rng);
  const remaining = wantedTotal - existing.length - plan.length;
  const wantDistricts = Math.max(districts.length === 0 && remaining > 0 ? 1 : 0, Math.round(wantedTotal * DISTRICT_SHARE) - districts.length);
  const wantDepartments = Math.min(DEPARTMENTS.length - departments, Math.max(0, Math.round(wantedTotal * DEPARTMENT_SHARE) - departments));

  for (let i = 0; plan.length < missing && i < wantDistricts; i++) {
    const place = names.next();
    districts.push(add({ kind: 'district', name: `Cổng thông tin điện tử huyện ${place}`, shortName: `Huyện ${place}`, parent: root }, `huyen-${slugify(place)}`, domain).slug);
  }
  for (let i = 0; plan.length < missing && i < wantDepartments; i++) {
    const department = DEPARTMENTS[(departments + i) % DEPARTMENTS.length] as string;
    add({ kind: 'department', name: `Cổng thông tin điện tử ${department}`, shortName: department, parent: root }, slugify(department), domain);
  }
  for (let i = 0; plan.length < missing; i++) {
    const place = names.next();
    const parent = districts.length > 0 ? (districts[i % districts.length] as string) : root;
    add({ kind: 'commune', name: `Cổng thông tin điện tử xã ${place}`, shortName: `Xã ${place}`, parent }, `xa-${slugify(place)}`, domain);
  }
  return plan;
}

/** Place names in a seeded order, never the same twice in a run (numbered once the pairs run out). */
function placeNames(rng: ReturnType<typeof createRng>): { next(): string } {
  const pairs = rng.shuffle(PLACE_FIRST.flatMap((a) => PLACE_SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`)));
  let index = 0;
  return {
    next() {
      const pair = pairs[index % pairs.length] as string;
      const round = Math.floor(index / pairs.length);
      index += 1;
      return round === 0 ? pair : `${pair} ${round + 1}`;
    },
  };
}
