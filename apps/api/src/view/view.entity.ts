import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrackedRecord } from '../common/database/tracked-record';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Confidentiality, Position } from '@prepcom/domain';
import { ParticipantEntity } from '../participant/participant.entity';

registerEnumType(Position, { name: 'Position' });

@ObjectType('View', { description: "A participant's position on a matter or one of its options." })
@Entity('participant_view')
export class ParticipantViewEntity extends TrackedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  participantId!: string;

  /**
   * The author, attached by whoever hands the view to GraphQL (the views loader, the view mutations), never joined
   * by TypeORM. A plain property rather than a resolver: graphql-jit then reads it inline, where a resolver cost
   * a call, its info and its path for each of a dashboard's 5,000 views (docs/benchmarks.md).
   */
  @Field(() => ParticipantEntity)
  @ManyToOne(() => ParticipantEntity)
  @JoinColumn({ name: 'participant_id' })
  participant?: ParticipantEntity;

  @Column('uuid')
  matterId!: string;

  @Column('uuid', { nullable: true })
  optionId!: string | null;

  @Field(() => Position)
  @Column('text')
  position!: Position;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  comment!: string | null;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  expressedAt!: Date;

  @Column('uuid', { nullable: true })
  milestoneId!: string | null;

  @Field(() => Confidentiality)
  @Column('text')
  confidentiality!: Confidentiality;

  /** The instant the list holding this view was read as of (set by the loader; not a column). */
  readAsOf?: Date;
}
