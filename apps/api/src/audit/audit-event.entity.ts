import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import GraphQLJSON from '../common/graphql/json.scalar';

export const AuditAction = { CREATE: 'CREATE', UPDATE: 'UPDATE', MOVE: 'MOVE' } as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];
registerEnumType(AuditAction, { name: 'AuditAction', description: 'MOVE is a step through a workflow.' });

/** One field of one record changed by one person at one instant. The database refuses to update or delete it. */
@ObjectType('AuditEvent')
@Entity('audit_event')
export class AuditEventEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  at!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The account that made the change; null for system loads.',
  })
  @Column('uuid', { nullable: true })
  accountId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The participant that person acted for.' })
  @Column('uuid', { nullable: true })
  participantId!: string | null;

  @Column('uuid', { nullable: true })
  processId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The matter the change belongs to, for a matter's history.",
  })
  @Column('uuid', { nullable: true })
  matterId!: string | null;

  @Field({ description: 'The table of the record: matter, matter_option, action, milestone, …' })
  @Column('text')
  entityType!: string;

  @Field(() => ID)
  @Column('uuid')
  entityId!: string;

  @Field(() => AuditAction)
  @Column('text')
  action!: AuditAction;

  @Field()
  @Column('text')
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column('jsonb', { nullable: true })
  oldValue!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column('jsonb', { nullable: true })
  newValue!: unknown;
}
