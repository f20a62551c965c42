import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Confidentiality, Position } from '@prepcom/domain';
import { LongText } from '../../common/input/text-limit';

@InputType({ description: "Records a participant's position on a matter, or on one of its options." })
export class CreateViewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'participantId must be a participant id.' })
  participantId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'matterId must be a matter id.' })
  matterId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The option the view is about; leave out for the matter as a whole.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'optionId must be an option id.' })
  optionId?: string;

  @Field(() => Position)
  position!: Position;

  @Field(() => Confidentiality, {
    nullable: true,
    description: "Who may see it; the matter's own audience when left out.",
  })
  confidentiality?: Confidentiality;

  @Field(() => String, { nullable: true, description: 'Required when the position is COMMENT.' })
  @LongText()
  comment?: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was expressed (default: now; never in the future).',
  })
  expressedAt?: Date;

  @Field(() => ID, { nullable: true, description: 'The meeting where it was expressed, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'milestoneId must be a milestone id.' })
  milestoneId?: string;
}

@InputType({ description: 'Corrects a recorded view; fields left out keep their value.' })
export class UpdateViewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a view id.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field(() => Position, { nullable: true })
  position?: Position;

  @Field(() => String, { nullable: true })
  @LongText()
  comment?: string | null;
}
