import { Client, type ClientConfig } from 'pg';
import { preparedName } from '../common/database/prepared-statements';

/**
 * The pool's PostgreSQL connection. node-postgres reports a connection lost while it is checked out with no query
 * running on the connection itself, not on the pool, and can do so in the very packet that finishes connecting it,
 * before TypeORM listens; an error nobody listens to ends the process (brianc/node-postgres#2439). This one is
 * always heard. Nothing is lost: whoever uses the connection next gets the error, and the pool discards it.
 *
 * It also sends the statements registered with `preparedStatement` under their names, so that each connection
 * prepares them once. TypeORM passes statements as text, so this is where a name can be given them.
 */
export class PooledClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

const send = Client.prototype.query;
PooledClient.prototype.query = function (this: Client, config: unknown, ...rest: unknown[]): unknown {
  const name = typeof config === 'string' ? preparedName(config) : undefined;
  return Reflect.apply(send, this, name ? [{ name, text: config }, ...rest] : [config, ...rest]);
} as Client['query'];
