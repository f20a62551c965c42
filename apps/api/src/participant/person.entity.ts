import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@ObjectType('Person', {
  description: 'Someone who acts for a participant, e.g. a contact person of a Permanent Mission.',
})
@Entity('person')
export class PersonEntity {
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
