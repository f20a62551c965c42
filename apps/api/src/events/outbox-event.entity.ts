import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DomainEvent, DomainEventType } from './domain-event';

/** A domain event, written in the transaction of the change it reports; the relay moves it to the queue. */
@Entity('outbox_event')
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('text')
  type!: DomainEventType;

  @Column('jsonb')
  payload!: DomainEvent['payload'];

  @Column('timestamptz')
  occurredAt!: Date;

  @Column('timestamptz', { nullable: true })
  relayedAt!: Date | null;

  /** The id of the HTTP request whose change this reports (observability/request-id.ts); null for sweeps. */
  @Column('text', { nullable: true })
  requestId!: string | null;

  /** The account whose change this reports, which is not told of it; null for sweeps and the workers' own events. */
  @Column('uuid', { nullable: true })
  actorAccountId!: string | null;
}

/** A row read back as the event it was written from, its payload typed by its type. */
export type StoredEvent<K extends DomainEventType = DomainEventType> = {
  [T in K]: Omit<OutboxEventEntity, 'type' | 'payload'> & DomainEvent<T>;
}[K];

/** `emit` is the outbox's only writer and writes a DomainEvent, so a row's payload is its type's. */
export const storedEvent = (row: OutboxEventEntity): StoredEvent => row as StoredEvent;
