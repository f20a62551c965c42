import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrackedRecord } from '../common/database/tracked-record';
import { Column, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { MilestoneKind, MilestoneStatus } from '@prepcom/domain';
import { ParticipantEntity } from '../participant/participant.entity';
import { PersonEntity } from '../participant/person.entity';

registerEnumType(MilestoneKind, { name: 'MilestoneKind' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });

@ObjectType('Milestone', { description: 'A meeting or a deadline on the road to the target event.' })
@Entity('milestone')
export class MilestoneEntity extends TrackedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  processId!: string;

  @Field(() => MilestoneKind)
  @Column('text')
  kind!: MilestoneKind;

  @Field()
  @Column('text')
  title!: string;

  @Field({ description: 'A short name used in lists, e.g. "5MSP".' })
  @Column('text')
  shortTitle!: string;

  @Field()
  @Column('text')
  description!: string;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  endsAt!: Date;

  @Field({ description: "The venue's IANA time zone, e.g. Europe/Zurich." })
  @Column('text')
  timeZone!: string;

  @Field()
  @Column('text')
  venue!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  room!: string | null;

  @Field(() => MilestoneStatus)
  @Column('text')
  status!: MilestoneStatus;

  @ManyToMany(() => ParticipantEntity)
  @JoinTable({
    name: 'milestone_convenor',
    joinColumn: { name: 'milestone_id' },
    inverseJoinColumn: { name: 'participant_id' },
  })
  convenors?: ParticipantEntity[];

  @ManyToMany(() => PersonEntity)
  @JoinTable({
    name: 'milestone_contact',
    joinColumn: { name: 'milestone_id' },
    inverseJoinColumn: { name: 'person_id' },
  })
  contacts?: PersonEntity[];
}
