/**
 * Domain events of the editorial workflow: what readers now see differently, for the
 * page cache, feeds, search and syndication to follow. A change raises its event
 * inside its transaction; the event is delivered once that transaction has committed
 * (synchronously, in order, once) and dropped if it rolls back. A listener that
 * throws is logged: the change stands and the other listeners still hear of it.
 */
import type { Kysely } from 'kysely';
import type { ArticleRow, ArticleStatus, Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';

type Conn = Kysely<Database>;

export type ArticleEventType = 'published' | 'changed' | 'unpublished' | 'withdrawn';

export interface ArticleEvent {
  type: ArticleEventType;
  articleId: number;
  siteId: number;
  /** When the change was made (ISO 8601, UTC). */
  at: string;
  /** Who made it; for a scheduled change, the account that scheduled it. */
  actorId: number | null;
  /** True when the scheduler made the change at a time a person had set. */
  scheduled: boolean;
}

/** The event a move into `status` raises; none when readers see no difference. */
const EVENT_OF_STATUS: Partial<Record<ArticleStatus, ArticleEventType>> = {
  published: 'published',
  unpublished: 'unpublished',
  withdrawn: 'withdrawn',
};

export function statusEvent(status: ArticleStatus): ArticleEventType | undefined {
  return EVENT_OF_STATUS[status];
}

export function articleEvent(type: ArticleEventType, article: Pick<ArticleRow, 'id' | 'site_id'>, by: { actorId: number | null; scheduled: boolean }, at: Date): ArticleEvent {
  return { type, articleId: article.id, siteId: article.site_id, at: at.toISOString(), actorId: by.actorId, scheduled: by.scheduled };
}

export type ArticleListener = (event: ArticleEvent) => void | Promise<void>;

export type Raise = (event: ArticleEvent) => void;

export interface EventsLog {
  error(obj: object, msg?: string): void;
}

export interface DomainEvents {
  /** Calls `listener` for each committed event of `type`; returns what unsubscribes it. */
  on(type: ArticleEventType, listener: ArticleListener): () => void;
  /**
   * Runs `fn` in a new transaction and delivers what it raised once that commits.
   * Inside a transaction this emitter opened, joins it: delivery waits for the outer commit.
   */
  transaction<T>(db: Conn, fn: (trx: Conn, raise: Raise) => Promise<T>): Promise<T>;
}

export function createDomainEvents(log?: EventsLog): DomainEvents {
  const listeners = new Map<ArticleEventType, Set<ArticleListener>>();
  /** Events raised in each open transaction of this emitter, by its connection. */
  const pending = new WeakMap<Conn, ArticleEvent[]>();

  const failed = (event: ArticleEvent) => (error: unknown) => log?.error({ err: error, event }, 'a listener of an article event failed; the change stands');

  function deliver(event: ArticleEvent): void {
    for (const listener of [...(listeners.get(event.type) ?? [])]) {
      try {
        const result = listener(event);
        if (result instanceof Promise) result.catch(failed(event));
      } catch (error) {
        failed(event)(error);
      }
    }
  }

  return {
    on(type, listener) {
      const set = listeners.get(type) ?? new Set<ArticleListener>();
      listeners.set(type, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    async transaction(db, fn) {
      const joined = pending.get(db);
      if (joined !== undefined) return fn(db, (event) => joined.push(event));
      if (db.isTransaction) throw new Error('Article events are delivered after a commit: open the transaction with events.transaction, not around it.');
      const raised: ArticleEvent[] = [];
      const result = await db.transaction().execute((trx) => {
        pending.set(trx, raised);
        return fn(trx, (event) => raised.push(event));
      });
      for (const event of raised) deliver(event);
      return result;
    },
  };
}

/** `events.transaction`, or, for a caller not given the app's events, a transaction whose events nobody hears. */
export function withEvents<T>(db: Conn, events: DomainEvents | undefined, fn: (trx: Conn, raise: Raise) => Promise<T>): Promise<T> {
  if (events === undefined) return inTransaction(db, (trx) => fn(trx, () => undefined));
  return events.transaction(db, fn);
}
