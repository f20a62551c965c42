import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Confidentiality, OptionStage } from '@prepcom/domain';

registerEnumType(OptionStage, { name: 'OptionStage' });

@ObjectType('Option', { description: 'One way a matter could be decided.' })
@Entity('matter_option')
export class OptionEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  matterId!: string;

  @Field()
  @Column('text')
  text!: string;

  @Column('uuid', { nullable: true })
  proposerId!: string | null;

  @Field(() => OptionStage, { description: 'The stage as of the instant the matter is read at.' })
  @Column('text')
  stage!: OptionStage;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  tabledAt!: Date;

  @Field(() => Confidentiality)
  @Column('text')
  confidentiality!: Confidentiality;

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
