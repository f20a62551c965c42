import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrackedRecord } from '../common/database/tracked-record';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationType, ParticipantKind, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../common/graphql/scalars';

registerEnumType(ParticipantKind, {
  name: 'ParticipantKind',
  description: 'A State (party or not) or an organisation.',
});
registerEnumType(OrganisationType, { name: 'OrganisationType' });

@ObjectType('Participant', { description: 'A State or an organisation taking part in the process.' })
@Entity('participant')
export class ParticipantEntity extends TrackedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ParticipantKind)
  @Column('text')
  kind!: ParticipantKind;

  @Field()
  @Column('text')
  name!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code of a State.' })
  @Column('text', { nullable: true })
  iso3!: string | null;

  @Field(() => OrganisationType, { nullable: true })
  @Column('text', { nullable: true })
  organisationType!: OrganisationType | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the Convention entered into force for this State; null for a State not party.',
  })
  @Column('date', { nullable: true })
  becamePartyOn!: IsoDate | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The day the State deposited its instrument of ratification or accession; null if it has not.',
  })
  @Column('date', { nullable: true })
  depositedOn!: IsoDate | null;

  @Field(() => String, { nullable: true, description: 'UN regional group.' })
  @Column('text', { nullable: true })
  regionalGroup!: string | null;
}
