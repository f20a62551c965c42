import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'Narrows the audit trail; all given conditions must hold.' })
export class AuditFilter {
  @Field(() => ID, {
    nullable: true,
    description: "A matter's history: its own fields, options, actions and views.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'matterId must be a matter id.' })
  matterId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'One record (a matter, option, action, milestone, …): its own fields only.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'entityId must be a record id.' })
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'What one person changed.' })
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be an account id.' })
  accountId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this instant (inclusive).' })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Up to this instant (inclusive).' })
  to?: Date;
}
