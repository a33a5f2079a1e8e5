/**
 * Shapes shared by the vocabulary files and the generator. Templates are plain strings
 * with placeholders (see template.ts), so the Vietnamese text stays readable as text.
 */

/** Named lists of phrases; a template's `{name}` draws from `slots[name]`. */
export type Slots = Readonly<Record<string, readonly string[]>>;

/**
 * One kind of news event. Its title, lead and opening are filled with the same slot
 * values, so the body talks about what the title announces.
 */
export interface Story {
  readonly titles: readonly string[];
  /** The sapo's first sentence. */
  readonly leads: readonly string[];
  /** The first sentence of the body. */
  readonly openings: readonly string[];
  /** Months (1–12, Vietnam time) in which the event happens; absent means any month. */
  readonly months?: readonly number[];
}

/** The vocabulary of one category. */
export interface Topic {
  readonly slots: Slots;
  readonly stories: readonly Story[];
  /** Body sentences about the topic, in any order. */
  readonly sentences: readonly string[];
  readonly headings: readonly string[];
  /** A sentence ending with ':' that introduces the list. */
  readonly listIntros: readonly string[];
  readonly listItems: readonly string[];
  /** First sentence of the last paragraph. */
  readonly closings: readonly string[];
  /** Who is credited as the source, e.g. '{ubndFull}'. */
  readonly sources: readonly string[];
}
