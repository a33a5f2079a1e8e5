/**
 * Fills phrase templates. Placeholders:
 *   {name}    a value from slots[name], drawn once per article and then reused, so that
 *             the title, lead and body name the same commune, organisation, crop…
 *   {*name}   a fresh draw every time (lists of several communes, varied phrasing)
 *   {#a-b}    an integer in [a, b], written the Vietnamese way (1.250)
 * Values may contain placeholders themselves. Slots come in layers (the category's, the
 * day's, the site's), searched in order, so no merged copy is made per article.
 */
import type { Rng } from './random.js';
import type { Slots } from './types.js';

/** `{name}`, `{*name}` or `{#name}`: the name never starts with the mode's mark. */
const PLACEHOLDER = /\{([*#]?)([^{}*#][^{}]*)\}/g;
const MAX_DEPTH = 6;

function lookup(layers: readonly Slots[], name: string): readonly string[] | undefined {
  for (const layer of layers) {
    if (Object.prototype.hasOwnProperty.call(layer, name)) return layer[name];
  }
  return undefined;
}

const namesCache = new Map<string, readonly string[]>();

/** The slot names a template draws from directly (number placeholders excluded); cached. */
function slotNames(template: string): readonly string[] {
  let names = namesCache.get(template);
  if (!names) {
    names = [...template.matchAll(PLACEHOLDER)].filter((m) => m[1] !== '#').map((m) => m[2] as string);
    namesCache.set(template, names);
  }
  return names;
}

/** Whether every slot the template names exists in one of the layers. */
export function canFill(template: string, layers: readonly Slots[]): boolean {
  return slotNames(template).every((name) => (lookup(layers, name)?.length ?? 0) > 0);
}

export class Filler {
  private readonly bound = new Map<string, string>();

  constructor(
    private readonly rng: Rng,
    private readonly layers: readonly Slots[],
  ) {}

  fill(template: string, depth = 0): string {
    if (!template.includes('{')) return template;
    if (depth > MAX_DEPTH) throw new Error(`template nests too deeply: ${template}`);
    return template.replace(PLACEHOLDER, (_match, mode: string, name: string) => {
      if (mode === '#') return formatNumber(this.number(name));
      if (mode === '*') return this.fill(this.draw(name), depth + 1);
      let value = this.bound.get(name);
      if (value === undefined) {
        value = this.fill(this.draw(name), depth + 1);
        this.bound.set(name, value);
      }
      return value;
    });
  }

  private draw(name: string): string {
    const values = lookup(this.layers, name);
    if (!values || values.length === 0) throw new Error(`unknown template slot {${name}}`);
    return this.rng.pick(values);
  }

  private number(range: string): number {
    const match = /^(\d+)-(\d+)$/.exec(range);
    if (!match) throw new Error(`bad number placeholder {#${range}}`);
    return this.rng.int(Number(match[1]), Number(match[2]));
  }
}

/** 1250 → "1.250": Vietnamese groups thousands with dots. */
export function formatNumber(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped === '' ? '' : `.${grouped}`);
  return (n < 0 ? '-' : '') + grouped;
}

/** Upper-cases the first letter: sentences and titles start with slot values like "xã Cam Thủy". */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}
