import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditAction } from '../audit/audit-event.entity';

export const ProcessChangeKind = {
  LISTENING: 'LISTENING',
  CHANGED: 'CHANGED',
  MISSED: 'MISSED',
} as const;
export type ProcessChangeKind = (typeof ProcessChangeKind)[keyof typeof ProcessChangeKind];
registerEnumType(ProcessChangeKind, {
  name: 'ProcessChangeKind',
  description:
    'LISTENING: the first event, every change from now on will be heard; CHANGED: a record changed; MISSED: the ' +
    'server lost its feed for a while and some changes went unannounced, read anew.',
});

@ObjectType('ProcessChange', {
  description: "A change to a process's records, as it happens, told only to those who may read the record.",
})
export class ProcessChange {
  @Field(() => ProcessChangeKind)
  kind!: ProcessChangeKind;

  @Field(() => GraphQLISODateTime, { nullable: true })
  at!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The table of the record changed: matter, matter_option, action, milestone, participant_view, …',
  })
  entityType!: string | null;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => AuditAction, { nullable: true })
  action!: AuditAction | null;

  @Field(() => ID, { nullable: true, description: 'The matter the change belongs to.' })
  matterId!: string | null;

  @Field(() => String, { nullable: true, description: "That matter's title." })
  matterTitle!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The participant the person who changed it acted for ("Norway"); null for an administrator.',
  })
  by!: string | null;

  @Field({ description: 'Whether you made the change yourself (on this or another device).' })
  byYou!: boolean;
}
