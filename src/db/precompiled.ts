// Statements that run for every ingested article, compiled by Kysely once per shape instead of once per
// call: building and compiling a query cost about as much as SQLite took to run it. The SQL still comes
// from Kysely for the store's dialect; only the parameters are bound afresh.
import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';

type Executor = Pick<Kysely<never>, 'executeQuery'>;

/**
 * One cache per store. The caller names the shape (e.g. "insert claims × 14") and lists the parameters
 * in the order the statement binds them. The first call compiles the query and checks that Kysely bound
 * exactly those parameters in that order; a shape whose parameters differ is never cached, so a wrong
 * order costs speed, never correctness.
 */
export class PrecompiledQueries {
  private readonly compiled = new Map<string, string | null>();

  async execute<R>(
    db: Executor,
    shape: string,
    parameters: readonly unknown[],
    build: () => Compilable<R>,
  ): Promise<QueryResult<R>> {
    const text = this.compiled.get(shape);
    if (text) return db.executeQuery<R>(CompiledQuery.raw(text, [...parameters]) as CompiledQuery<R>);
    const query = build().compile();
    if (text === undefined) this.compiled.set(shape, sameValues(query.parameters, parameters) ? query.sql : null);
    return db.executeQuery<R>(query);
  }

  /** The shapes cached and refused so far (for tests and diagnostics). */
  stats(): { cached: number; refused: number } {
    let refused = 0;
    for (const text of this.compiled.values()) if (text === null) refused++;
    return { cached: this.compiled.size - refused, refused };
  }
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
