/**
 * Reads built and compiled once per database, then run with new values. Kysely builds and
 * compiles a query on every call: for the reads an article page makes, that was more than
 * SQLite's own work (the page's "other news" list: 120 µs of building around 75 µs of
 * reading). A prepared read is built once with markers in place of its values; each run
 * binds the values where the markers were, in the compiled text both dialects already
 * share with their statement caches (statement-cache.ts on SQLite, named-statements.ts on
 * PostgreSQL).
 *
 * Only scalar values may be marked: a marker must reach the compiled parameters as it was
 * given (an `in` list of a marker, or a marker Kysely would read, cannot be). The build
 * function must not branch on its values; a value it does not mark stays as built.
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import { nameStatement } from './named-statements.js';
import type { Database } from './schema.js';

type Conn = Kysely<Database>;

/** What a build function receives in place of each value. */
class Marker {
  constructor(readonly index: number) {}
}

interface Compiled<Row> {
  readonly query: CompiledQuery<Row>;
  /** For each compiled parameter: the index of the value it takes, or -1 to keep what was built. */
  readonly takes: readonly number[];
}

export interface PreparedQuery<Values extends readonly unknown[], Row> {
  /** Every row, as `execute()` would return them. */
  all(db: Conn, ...values: Values): Promise<Row[]>;
  /** The first row, or undefined. */
  first(db: Conn, ...values: Values): Promise<Row | undefined>;
}

/**
 * `build` receives one marker per value (typed as the values, so the query reads as usual)
 * and returns the query; `arity` is how many values it takes.
 */
export function preparedQuery<Values extends readonly (string | number | null)[], Row>(arity: Values['length'], build: (db: Conn, ...values: Values) => Compilable<Row>): PreparedQuery<Values, Row> {
  const compiled = new WeakMap<Conn, Compiled<Row>>();

  function compile(db: Conn): Compiled<Row> {
    const markers = Array.from({ length: arity }, (_, i) => new Marker(i));
    // The markers stand in for the values while the query is built (see the module's note).
    const query = build(db, ...(markers as unknown as Values)).compile();
    const takes = query.parameters.map((p) => (p instanceof Marker ? p.index : -1));
    const used = new Set(takes);
    if (markers.some((m) => !used.has(m.index))) throw new Error('preparedQuery: a value did not reach the compiled parameters as given');
    // On PostgreSQL the text also runs as a named statement, planned once per connection.
    nameStatement(query.sql);
    return { query, takes };
  }

  async function all(db: Conn, ...values: Values): Promise<Row[]> {
    let held = compiled.get(db);
    if (held === undefined) {
      held = compile(db);
      compiled.set(db, held);
    }
    const { query, takes } = held;
    const parameters = query.parameters.map((built, i) => {
      const at = takes[i] ?? -1;
      return at === -1 ? built : values[at];
    });
    const result = await db.executeQuery<Row>({ ...query, parameters });
    return result.rows;
  }

  return {
    all,
    async first(db, ...values) {
      return (await all(db, ...values))[0];
    },
  };
}

/**
 * Prepared reads that differ only by constants of their statement (a list's length and
 * offset, written into it rather than bound: inline-limits.ts; an order's direction): one
 * read per shape, built on first use. The shapes must come from the code, a few constants,
 * never from a request.
 */
export function preparedShapes<Shape extends readonly (number | string)[], Read>(make: (...shape: Shape) => Read): (...shape: Shape) => Read {
  const reads = new Map<string, Read>();
  return (...shape) => {
    const key = shape.join(':');
    let read = reads.get(key);
    if (read === undefined) {
      read = make(...shape);
      reads.set(key, read);
    }
    return read;
  };
}
