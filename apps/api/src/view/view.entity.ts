import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Position } from '@prepcom/domain';

registerEnumType(Position, { name: 'Position' });

@ObjectType('View', { description: "A participant's position on a matter or one of its options." })
@Entity('participant_view')
export class ParticipantViewEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  participantId!: string;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
