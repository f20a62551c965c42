import { Client, type ClientConfig } from 'pg';

/**
 * The pool's PostgreSQL connection. node-postgres reports a connection lost while it is checked out with no query
 * running on the connection itself, not on the pool, and can do so in the very packet that finishes connecting it,
 * before TypeORM listens; an error nobody listens to ends the process (brianc/node-postgres#2439). This one is
 * always heard. Nothing is lost: whoever uses the connection next gets the error, and the pool discards it.
 */
export class PooledClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}
