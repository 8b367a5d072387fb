import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/** The error every query gets once its database handle is closed. */
export class DatabaseClosedError extends Error {
  readonly code = 'ATALAYA_DATABASE_CLOSED';
  constructor() {
    super('The database handle is closed');
    this.name = 'DatabaseClosedError';
  }
}

/**
 * Refuses every query once the handle is closed (the server shutting down with requests still in flight): the
 * query fails at once with a DatabaseClosedError, answered as 503. Without it, a query on a closed PGlite
 * reaches the engine's freed internals and fails with a TypeError, or crashes the process through an 'error'
 * event nobody listens to.
 */
export class ClosedGuard implements KyselyPlugin {
  #closed = false;

  close(): void {
    this.#closed = true;
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.#closed) throw new DatabaseClosedError();
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
