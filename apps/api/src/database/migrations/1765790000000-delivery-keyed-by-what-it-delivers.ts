import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery is known by what it delivers (event, person, channel), already unique: that key becomes the primary
 * key, and the random `id` nothing read goes. A fan-out writes a row per delivery, hundreds per event; the `uuid`
 * key was a third index to write for each and a random value to draw (decision 45).
 */
export class DeliveryKeyedByWhatItDelivers1765790000000 implements MigrationInterface {
  name = 'DeliveryKeyedByWhatItDelivers1765790000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE delivery
        DROP CONSTRAINT delivery_pkey,
        DROP COLUMN id,
        DROP CONSTRAINT delivery_event_id_account_id_channel_key,
        ADD CONSTRAINT delivery_pkey PRIMARY KEY (event_id, account_id, channel)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_pkey`);
    await db.query(`
      ALTER TABLE delivery
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
        ADD CONSTRAINT delivery_pkey PRIMARY KEY (id),
        ADD CONSTRAINT delivery_event_id_account_id_channel_key UNIQUE (event_id, account_id, channel)`);
  }
}
