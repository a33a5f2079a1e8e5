/**
 * PostgreSQL's counterpart of statement-cache.ts. Kysely sends every query unnamed, so
 * PostgreSQL parses and plans it again on each run: on an article page that was three
 * quarters of the server's CPU (the "other news" list alone, its plan of two unions, 0.7 ms
 * of planning for 0.08 ms of reading). The reads built once (prepared-query.ts) register
 * their SQL here; the pool's connections run those texts as named statements, parsed once
 * per connection, and PostgreSQL keeps their plan when it finds it no worse than a fresh one.
 *
 * Only those reads are named: their texts are few and fixed, while other queries (a search's
 * list of ids, an import's rows) would each leave a statement behind on every connection.
 */
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/** Each registered text and its statement name, the same on every connection. */
const names = new Map<string, string>();

/** Runs `sql` as a named statement from now on, on every PostgreSQL connection. */
export function nameStatement(sql: string): void {
  if (!names.has(sql)) names.set(sql, `gp_read_${names.size + 1}`);
}

/** PostgreSQL's error when a table a named statement reads changed its columns under it (a migration). */
function isStalePlan(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === '0A000' && error.message.includes('cached plan');
}

class NamingClient implements PostgresPoolClient {
  /** Set when a named statement of this connection went stale: the connection is closed on release. */
  #stale = false;

  constructor(private readonly client: pg.PoolClient) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sql: string | PostgresCursor<R>, parameters: ReadonlyArray<unknown> = []): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // Kysely passes a cursor only when its dialect is given a cursor class; database.ts gives none.
    if (typeof sql !== 'string') throw new Error('named-statements: streaming with a cursor is not configured');
    return this.run<R>(sql, [...parameters]);
  }

  private async run<R>(text: string, values: unknown[]): Promise<PostgresQueryResult<R>> {
    const name = this.#stale ? undefined : names.get(text);
    if (name === undefined) return asKyselyResult(await this.client.query(text, values));
    try {
      return asKyselyResult(await this.client.query({ name, text, values }));
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      // A migration changed a table this statement reads while the process ran: the query
      // runs unnamed, and the connection, whose statement cannot be re-prepared under the
      // same name, is closed when released instead of going back to the pool. (Inside a
      // transaction the failure has already aborted it: the retry fails, and so does the work.)
      this.#stale = true;
      return asKyselyResult(await this.client.query(text, values));
    }
  }

  release(destroy?: boolean): void {
    this.client.release(destroy === true || this.#stale);
  }
}

/** pg's result as Kysely's driver reads it: the command and row count it checks, and the rows. */
function asKyselyResult<R>(result: pg.QueryResult): PostgresQueryResult<R> {
  return { command: result.command as PostgresQueryResult<R>['command'], rowCount: result.rowCount ?? 0, rows: result.rows as R[] };
}

/** The pool Kysely is given: `pool`'s connections, each running the registered reads by name. */
export function namingPool(pool: pg.Pool): PostgresPool {
  // Kysely keeps its own state per client object: each connection keeps one wrapper.
  const wrapped = new WeakMap<pg.PoolClient, NamingClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let naming = wrapped.get(client);
      if (naming === undefined) {
        naming = new NamingClient(client);
        wrapped.set(client, naming);
      }
      return naming;
    },
    end: () => pool.end(),
  };
}
