/**
 * Generates a site's demo articles: realistic Vietnamese local-government news, spread
 * over the last few years, the same every time for the same options. Pure: the clock
 * ("now") and the seed are parameters, and nothing is read or written.
 */
import { CATEGORY_TOPICS } from './categories.js';
import { siteContext, type SiteContext } from './context.js';
import { createRng, hashSeed, type Rng } from './random.js';
import { Filler, canFill, capitalizeFirst, escapeHtml } from './template.js';
import { spreadDates, timeSlots, vietnamLocal } from './time.js';
import type { Slots, Story, Topic } from './types.js';
import { CLOSING_TAILS, COMMON_SENTENCES, LEAD_TAILS, PEN_NAMES } from './vocabulary.js';

export interface GenerateArticlesOptions {
  siteSlug: string;
  /** As in sites.json: "Huyện Cam Lộ", "Thành phố Đông Hà", "Tỉnh Quảng Trị". */
  siteShortName: string;
  count: number;
  /** The reference instant: every article is published at or before it. */
  now: Date;
  seed: number;
  /** How far back publication dates are spread. */
  years: number;
}

export interface GeneratedArticle {
  categorySlug: string;
  title: string;
  lead: string;
  bodyHtml: string;
  authorName: string;
  source: string | null;
  /** ISO 8601 in UTC, e.g. "2022-11-16T09:21:00Z". */
  publishedAt: string;
  featured: boolean;
}

type CategoryEntry = (typeof CATEGORY_TOPICS)[number];

/** Retries before a colliding title gets a numbered suffix instead. */
const TITLE_ATTEMPTS = 40;

export function generateArticles(options: GenerateArticlesOptions): GeneratedArticle[] {
  const { siteSlug, siteShortName, count, now, seed, years } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!(years > 0)) throw new RangeError(`years must be positive, got ${years}`);
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date');

  const rng = createRng(hashSeed(seed, siteSlug));
  const site = siteContext(siteSlug, siteShortName);
  const dates = spreadDates(rng, count, now, years);
  const categories = assignCategories(rng, count);
  const featured = chooseFeatured(rng, count);
  const authors = authorPool(rng, site);
  const titles = new Set<string>();

  return dates.map((date, i) => {
    const category = categories[i] as CategoryEntry;
    // Most specific first: the category's words, then the day's, then the site's.
    const slots = [category.topic.slots, timeSlots(rng, date), site.slots];
    const stories = storiesFor(category.topic, vietnamLocal(date).month, slots);
    const { filler, story, title } = uniqueTitle(rng, stories, slots, titles);
    return {
      categorySlug: category.slug,
      title,
      lead: writeLead(rng, filler, story),
      bodyHtml: writeBody(rng, filler, category.topic, story),
      authorName: rng.pick(authors),
      source: rng.chance(0.55) ? filler.fill(rng.pick(category.topic.sources)) : null,
      publishedAt: date.toISOString().replace('.000Z', 'Z'),
      featured: featured.has(i),
    };
  });
}

/**
 * Every category gets a few articles (up to three each, when count allows); the rest
 * follow the categories' weights. Shuffled so that categories interleave in time.
 */
function assignCategories(rng: Rng, count: number): CategoryEntry[] {
  const guaranteed = Math.min(3, Math.floor(count / CATEGORY_TOPICS.length));
  const list: CategoryEntry[] = [];
  for (const category of CATEGORY_TOPICS) {
    for (let i = 0; i < guaranteed; i++) list.push(category);
  }
  const weighted = CATEGORY_TOPICS.flatMap((c) => Array.from({ length: c.weight }, () => c));
  while (list.length < count) list.push(rng.pick(weighted));
  return rng.shuffle(list);
}

/** About one article in ten, half of them among the newest quarter so the home page has recent highlights. */
function chooseFeatured(rng: Rng, count: number): Set<number> {
  const chosen = new Set<number>();
  if (count === 0) return chosen;
  const wanted = Math.max(1, Math.round(count / 10));
  const recentFrom = Math.floor(count * 0.75);
  while (chosen.size < Math.ceil(wanted / 2)) chosen.add(rng.int(recentFrom, count - 1));
  while (chosen.size < wanted) chosen.add(rng.int(0, count - 1));
  return chosen;
}

/** A handful of recurring contributors per site, some signed with their unit as portals do. */
function authorPool(rng: Rng, site: SiteContext): string[] {
  const unit =
    site.level === 'district'
      ? `Trung tâm VH-TT-TT ${site.kind}`
      : site.level === 'province'
        ? 'Cổng TTĐT tỉnh'
        : site.level === 'commune'
          ? `Đài Truyền thanh ${site.kind}`
          : site.place;
  return rng.shuffle(PEN_NAMES)
    .slice(0, 6)
    .map((name) => (rng.chance(0.5) ? `${name} - ${unit}` : name));
}

/**
 * The stories that can be told on this day: in season, and keeping only the templates
 * whose slots exist (there is no anniversary to celebrate in most weeks).
 */
function storiesFor(topic: Topic, month: number, slots: readonly Slots[]): Story[] {
  const stories: Story[] = [];
  for (const story of topic.stories) {
    if (story.months && !story.months.includes(month)) continue;
    const keep = (templates: readonly string[]): string[] => templates.filter((t) => canFill(t, slots));
    const usable = { titles: keep(story.titles), leads: keep(story.leads), openings: keep(story.openings) };
    if (usable.titles.length > 0 && usable.leads.length > 0 && usable.openings.length > 0) stories.push(usable);
  }
  if (stories.length === 0) throw new Error('a category has no story that fits this date');
  return stories;
}

/** Picks a story and a title not yet used on this site. */
function uniqueTitle(
  rng: Rng,
  stories: readonly Story[],
  slots: readonly Slots[],
  taken: Set<string>,
): { filler: Filler; story: Story; title: string } {
  let filler = new Filler(rng, slots);
  let story = rng.pick(stories);
  let title = capitalizeFirst(filler.fill(rng.pick(story.titles)));
  for (let attempt = 1; taken.has(title) && attempt < TITLE_ATTEMPTS; attempt++) {
    filler = new Filler(rng, slots);
    story = rng.pick(stories);
    title = capitalizeFirst(filler.fill(rng.pick(story.titles)));
  }
  // Only a very large count exhausts the combinations; number the repeats like a series.
  for (let n = 2; taken.has(title); n++) {
    const numbered = `${title.replace(/ - đợt \d+$/u, '')} - đợt ${n}`;
    if (!taken.has(numbered)) title = numbered;
  }
  taken.add(title);
  return { filler, story, title };
}

function sentence(filler: Filler, template: string): string {
  return capitalizeFirst(filler.fill(template));
}

function writeLead(rng: Rng, filler: Filler, story: Story): string {
  const first = sentence(filler, rng.pick(story.leads));
  return rng.chance(0.35) ? `${first} ${sentence(filler, rng.pick(LEAD_TAILS))}` : first;
}

/**
 * Draws body sentences without repeating one: mostly the topic's own, mixed with a few
 * general ones; the other general sentences are kept for long articles.
 */
function sentencePool(rng: Rng, topical: readonly string[], general: readonly string[]): (n: number) => string[] {
  const spare = rng.shuffle(general);
  let queue = [...spare.splice(0, 5), ...rng.shuffle([...topical, ...spare.splice(0, 5)])];
  return (n) => {
    const out: string[] = [];
    while (out.length < n) {
      if (queue.length === 0) queue = spare.length > 0 ? spare.splice(0) : rng.shuffle([...topical, ...general]);
      out.push(queue.pop() as string);
    }
    return out;
  };
}

/**
 * 4–8 paragraphs of 2–5 sentences: the story's opening, paragraphs on the topic,
 * sometimes a heading and a list of tasks, and a closing. Text is escaped here; the
 * only markup is the generator's own.
 */
function writeBody(rng: Rng, filler: Filler, topic: Topic, story: Story): string {
  const take = sentencePool(rng, topic.sentences, COMMON_SENTENCES);
  const fill = (templates: readonly string[]): string[] => templates.map((t) => sentence(filler, t));
  const paragraph = (sentences: string[]): string => `<p>${escapeHtml(sentences.join(' '))}</p>`;

  const paragraphs = rng.int(4, 8);
  const hasList = rng.chance(0.4);
  const middle = paragraphs - 2 - (hasList ? 1 : 0);
  const headingAt = rng.chance(0.5) ? rng.int(0, middle - 1) : -1;
  const blocks: string[] = [];

  const opening = fill([rng.pick(story.openings), ...take(rng.int(1, 2))]);
  if (rng.chance(0.2)) {
    const [first, ...rest] = opening;
    blocks.push(`<p><strong>${escapeHtml(first ?? '')}</strong> ${escapeHtml(rest.join(' '))}</p>`);
  } else {
    blocks.push(paragraph(opening));
  }
  for (let i = 0; i < middle; i++) {
    if (i === headingAt) blocks.push(`<h2>${escapeHtml(sentence(filler, rng.pick(topic.headings)))}</h2>`);
    blocks.push(paragraph(fill(take(rng.int(2, 4)))));
  }
  if (hasList) {
    blocks.push(paragraph(fill([...take(1), rng.pick(topic.listIntros)])));
    const items = rng.shuffle(topic.listItems).slice(0, rng.int(3, 5));
    blocks.push(`<ul>${items.map((item) => `<li>${escapeHtml(sentence(filler, item))}</li>`).join('')}</ul>`);
  }
  blocks.push(paragraph(fill([rng.pick(topic.closings), rng.pick(CLOSING_TAILS)])));
  return blocks.join('\n');
}
