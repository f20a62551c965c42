import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A domain event, written in the transaction of the change it reports; the relay moves it to the queue. */
@Entity('outbox_event')
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** One of `DomainEvents`' types; `storedEvent` (domain-event.ts) reads a row back as its typed event. */
  @Column('text')
  type!: string;

  @Column('jsonb')
  payload!: object;

  @Column('timestamptz')
  occurredAt!: Date;

  @Column('timestamptz', { nullable: true })
  relayedAt!: Date | null;

  /** The id of the HTTP request whose change this reports (common/request-id.ts); null for sweeps. */
  @Column('text', { nullable: true })
  requestId!: string | null;

  /** The account whose change this reports, which is not told of it; null for sweeps and the workers' own events. */
  @Column('uuid', { nullable: true })
  actorAccountId!: string | null;
}
