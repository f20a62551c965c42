import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { RoleKind, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../common/graphql/scalars';

registerEnumType(RoleKind, { name: 'RoleKind' });

@ObjectType('RoleTerm', {
  description: 'A participant holds a role for a term: roles rotate, they are never held forever.',
})
@Entity('role_term')
export class RoleTermEntity {
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
    description: 'Last day of the term; null while open-ended.',
  })
  @Column('date', { nullable: true })
  endsOn!: IsoDate | null;

  @Field(() => Int, {
    description: 'Increases with every change; send it back as expectedVersion when editing.',
  })
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
