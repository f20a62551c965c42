import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrackedRecord } from '../common/database/tracked-record';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RoleKind, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../common/graphql/scalars';

registerEnumType(RoleKind, { name: 'RoleKind' });

@ObjectType('RoleTerm', {
  description: 'A participant holds a role for a term: roles rotate, they are never held forever.',
})
@Entity('role_term')
export class RoleTermEntity extends TrackedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  participantId!: string;

  @Field(() => RoleKind)
  @Column('text')
  role!: RoleKind;

  @Field({ description: 'The body the role belongs to, e.g. a Standing Committee or a meeting.' })
  @Column('text')
  body!: string;

  @Column('uuid', { nullable: true })
  milestoneId!: string | null;

  @Field(() => String, { nullable: true, description: 'The person who exercised the role, where known.' })
  @Column('text', { nullable: true })
  personName!: string | null;

  @Field(() => LocalDateScalar)
  @Column('date')
  startsOn!: IsoDate;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The day the term was decided (elected, designated), when known; a replay of the past shows it from then.',
  })
  @Column('date', { nullable: true })
  decidedOn!: IsoDate | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the term; null while open-ended.',
  })
  @Column('date', { nullable: true })
  endsOn!: IsoDate | null;
}
