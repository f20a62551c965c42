import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';

/** How the listening connection shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'prepcom live inbox';

/** A connection listening on some channels; `end` closes it without reporting it lost. */
export interface Listening {
  end(): Promise<void>;
}

/**
 * Connections that LISTEN to PostgreSQL's notifications. Each is a connection of its own, outside the TypeORM pool:
 * a LISTEN keeps its connection for good.
 */
@Injectable()
export class ListenConnectionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** False when the app is built without a database (printing the schema): there is nothing to listen to. */
  get connected(): boolean {
    return this.db.isInitialized;
  }

  /**
   * Listens on `channels`, handing each message to `hear`. `lost` is told once when the connection fails or ends
   * (then null is answered if it never listened).
   */
  async listen(
    channels: string[],
    hear: (channel: string, payload: string | undefined) => void,
    lost: (error?: Error) => void,
  ): Promise<Listening | null> {
    const client = new Client({
      connectionString: (this.db.options as PostgresDataSourceOptions).url,
      application_name: LISTENER_APPLICATION_NAME,
    });
    let ended = false;
    const end = (): boolean => {
      if (ended) return false;
      ended = true;
      client.end().catch(() => undefined);
      return true;
    };
    const lose = (error?: Error) => {
      if (end()) lost(error);
    };
    client.on('error', lose);
    client.on('end', () => lose());
    client.on('notification', (message) => hear(message.channel, message.payload));
    try {
      await client.connect();
      await client.query(channels.map((channel) => `LISTEN ${channel}`).join('; '));
    } catch (error) {
      lose(error as Error);
      return null;
    }
    return {
      end: async () => {
        if (ended) return;
        ended = true;
        await client.end();
      },
    };
  }
}
