import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DeliveryFrequency, NotificationKind } from '@prepcom/domain';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'A kind of event, as a person chooses how to hear of it by email.',
});
registerEnumType(DeliveryFrequency, {
  name: 'DeliveryFrequency',
  description: 'When the email for a kind of event goes out. In-app notifications always arrive at once.',
});

/** A person's choice for one kind of event; a kind without a row has its default. */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid')
  accountId!: string;

  @PrimaryColumn('text')
  kind!: NotificationKind;

  @Column('text')
  frequency!: DeliveryFrequency;

  @Column('timestamptz')
  updatedAt!: Date;
}

@ObjectType('NotificationPreference')
export class NotificationPreference {
  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => DeliveryFrequency)
  frequency!: DeliveryFrequency;

  @Field({ description: 'True while the person has not chosen, and the default applies.' })
  isDefault!: boolean;
}
