import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrackedRecord } from '../common/database/tracked-record';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Confidentiality, OptionStage } from '@prepcom/domain';

registerEnumType(OptionStage, { name: 'OptionStage' });

@ObjectType('Option', { description: 'One way a matter could be decided.' })
@Entity('matter_option')
export class OptionEntity extends TrackedRecord {
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
}
