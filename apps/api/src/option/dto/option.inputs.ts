import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Confidentiality, OptionStage } from '@prepcom/domain';
import { LongText } from '../../common/input/text-limit';

@InputType({ description: 'Tables a new option on an open matter.' })
export class CreateOptionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'matterId must be a matter id.' })
  matterId!: string;

  @Field()
  @LongText()
  text!: string;

  @Field(() => Confidentiality, {
    nullable: true,
    description: "Who may see it; the matter's own audience when left out.",
  })
  confidentiality?: Confidentiality;

  @Field(() => ID, { nullable: true, description: 'The participant who proposed it, where known.' })
  @IsOptional()
  @IsUUID('all', { message: 'proposerId must be a participant id.' })
  proposerId?: string;
}

@InputType({ description: 'Fields left out keep their value; null clears the proposer.' })
export class UpdateOptionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an option id.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field(() => Confidentiality, { nullable: true })
  confidentiality?: Confidentiality;

  @Field({ nullable: true })
  @LongText()
  text?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'proposerId must be a participant id.' })
  proposerId?: string | null;
}

@InputType()
export class MoveOptionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'optionId must be an option id.' })
  optionId!: string;

  @Field(() => OptionStage)
  to!: OptionStage;

  @Field(() => Int, { nullable: true, description: 'When given, a newer version answers CONFLICT.' })
  expectedVersion?: number;
}
