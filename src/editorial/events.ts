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
  /**
   * For `changed`: the snapshot fields the save changed (editorial/article-input.ts), and the
   * categories it was in before (its own and its others) — what the page cache needs to tell a typo fix (only the
   * article's own appearances change) from a move (the lists it left and joined change).
   */
  edit?: { fields: readonly string[]; previousCategoryIds: readonly number[] };
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

/** What a static page's publishing changes for readers (a page is never scheduled nor withdrawn). */
export type PageEventType = Exclude<ArticleEventType, 'withdrawn'>;

/** The page counterpart of ArticleEvent, told apart by its `kind`, heard through `onPage`. */
export interface PageEvent {
  kind: 'page';
  type: PageEventType;
  pageId: number;
  siteId: number;
  /** When the change was made (ISO 8601, UTC). */
  at: string;
  actorId: number | null;
}

export type PageListener = (event: PageEvent) => void | Promise<void>;

export function pageEvent(type: PageEventType, page: { id: number; site_id: number }, actorId: number | null, at: Date): PageEvent {
  return { kind: 'page', type, pageId: page.id, siteId: page.site_id, at: at.toISOString(), actorId };
}

/** A legal document's publishing (documents/), told apart by its `kind`, heard through `onDocument`. */
export interface DocumentEvent {
  kind: 'document';
  type: PageEventType;
  documentId: number;
  siteId: number;
  /** When the change was made (ISO 8601, UTC). */
  at: string;
  actorId: number | null;
}

export type DocumentListener = (event: DocumentEvent) => void | Promise<void>;

export function documentEvent(type: PageEventType, doc: { id: number; site_id: number }, actorId: number | null, at: Date): DocumentEvent {
  return { kind: 'document', type, documentId: doc.id, siteId: doc.site_id, at: at.toISOString(), actorId };
}

type AnyEvent = ArticleEvent | PageEvent | DocumentEvent;

export type Raise = (event: AnyEvent) => void;

export interface EventsLog {
  error(obj: object, msg?: string): void;
}

export interface DomainEvents {
  /** Calls `listener` for each committed event of `type`; returns what unsubscribes it. */
  on(type: ArticleEventType, listener: ArticleListener): () => void;
  /** Calls `listener` for each committed page event of `type`; returns what unsubscribes it. */
  onPage(type: PageEventType, listener: PageListener): () => void;
  /** Calls `listener` for each committed legal document event of `type`; returns what unsubscribes it. */
  onDocument(type: PageEventType, listener: DocumentListener): () => void;
  /**
   * Runs `fn` in a new transaction and delivers what it raised once that commits.
   * Inside a transaction this emitter opened, joins it: delivery waits for the outer commit.
   */
  transaction<T>(db: Conn, fn: (trx: Conn, raise: Raise) => Promise<T>): Promise<T>;
}

export function createDomainEvents(log?: EventsLog): DomainEvents {
  const listeners = new Map<ArticleEventType, Set<ArticleListener>>();
  const pageListeners = new Map<PageEventType, Set<PageListener>>();
  const documentListeners = new Map<PageEventType, Set<DocumentListener>>();
  /** Events raised in each open transaction of this emitter, by its connection. */
  const pending = new WeakMap<Conn, AnyEvent[]>();

  const failed = (event: AnyEvent) => (error: unknown) => log?.error({ err: error, event }, 'a listener of an article event failed; the change stands');

  function deliver(event: AnyEvent): void {
    // Each listener bound to the event of its own kind.
    const calls: (() => void | Promise<void>)[] = !('kind' in event)
      ? [...(listeners.get(event.type) ?? [])].map((l) => () => l(event))
      : event.kind === 'document'
        ? [...(documentListeners.get(event.type) ?? [])].map((l) => () => l(event))
        : [...(pageListeners.get(event.type) ?? [])].map((l) => () => l(event));
    for (const call of calls) {
      try {
        const result = call();
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
    onPage(type, listener) {
      const set = pageListeners.get(type) ?? new Set<PageListener>();
      pageListeners.set(type, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    onDocument(type, listener) {
      const set = documentListeners.get(type) ?? new Set<DocumentListener>();
      documentListeners.set(type, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    async transaction(db, fn) {
      const joined = pending.get(db);
      if (joined !== undefined) return fn(db, (event) => joined.push(event));
      if (db.isTransaction) throw new Error('Article events are delivered after a commit: open the transaction with events.transaction, not around it.');
      const raised: AnyEvent[] = [];
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
