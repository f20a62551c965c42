import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A private calendar feed: its address holds a random token, of which only the SHA-256 is kept, so the database
 * cannot give the address away. A person may keep several (one per device, say) and revoke each.
 */
@ObjectType('CalendarFeed', {
  description: 'A private calendar address: your milestones and the due dates of your actions.',
})
@Entity('calendar_feed')
export class CalendarFeedEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @Column('bytea')
  tokenHash!: Buffer;

  @Field({ description: 'Your name for it, e.g. "Phone".' })
  @Column('text')
  label!: string;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Its address answers 404 from then on.' })
  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
