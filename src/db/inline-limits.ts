/**
 * SQLite: a LIMIT of a whole number is written into the SQL text instead of being bound.
 * SQLite (3.53 as better-sqlite3 12 builds it) plans with a bound LIMIT's value and marks
 * the statement to be prepared again whenever that parameter is bound, and better-sqlite3
 * binds every value on every run: each list read of a page was parsed and planned anew (the
 * article page's "other news", three limits, about 330 µs against 130 µs with them written
 * in, on 100,000 articles). The limits a query builder is given come from the code or from an input
 * already checked as a bounded whole number, so a text per limit stays a handful of texts
 * (statement-cache.ts keeps them). OFFSET is left bound: SQLite does not plan with it, and
 * page numbers would make a text each.
 */
import { LimitNode, OperationNodeTransformer, ValueNode, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';

class LimitWriter extends OperationNodeTransformer {
  protected override transformLimit(node: LimitNode): LimitNode {
    const limit = node.limit;
    // Anything else (a prepared query's marker, an expression) stays as it was built.
    if (ValueNode.is(limit) && limit.immediate !== true && typeof limit.value === 'number' && Number.isSafeInteger(limit.value) && limit.value >= 0) {
      return LimitNode.create(ValueNode.createImmediate(limit.value));
    }
    return super.transformLimit(node);
  }
}

export class InlineLimitsPlugin implements KyselyPlugin {
  readonly #writer = new LimitWriter();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#writer.transformNode(args.node);
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
