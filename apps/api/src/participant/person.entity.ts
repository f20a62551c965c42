import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TrackedRecord } from '../common/database/tracked-record';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('Person', {
  description: 'Someone who acts for a participant, e.g. a contact person of a Permanent Mission.',
})
@Entity('person')
export class PersonEntity extends TrackedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  participantId!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Function or honorific, e.g. "Permanent Mission of Norway".',
  })
  @Column('text', { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  phone!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'en, fr or es: the language to write to the person in, where known.',
  })
  @Column('text', { nullable: true })
  language!: string | null;
}
