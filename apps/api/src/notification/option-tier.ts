import type { DataSource } from 'typeorm';
import type { Confidentiality } from '@prepcom/domain';

/**
 * The tier of the option a view is on (null when it is gone), read by table name: the option folder writes to the
 * outbox, so notifications do not import it back.
 */
export async function optionTier(db: DataSource, optionId: string): Promise<Confidentiality | null> {
  const [row] = await db.query<{ confidentiality: Confidentiality }[]>(
    `SELECT confidentiality FROM matter_option WHERE id = $1`,
    [optionId],
  );
  return row?.confidentiality ?? null;
}
