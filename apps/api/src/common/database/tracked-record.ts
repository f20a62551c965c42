import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The bookkeeping every editable record carries: its version (optimistic concurrency) and when it was made. */
@ObjectType({ isAbstract: true })
export abstract class TrackedRecord {
  @Field(() => Int, {
    description: 'Increases with every change; send it back as expectedVersion when editing.',
  })
  @VersionColumn()
  version!: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
