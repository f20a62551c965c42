import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { OrganisationType, ParticipantKind, phrase, type IsoDate } from '@prepcom/domain';
import { LocalDateScalar } from '../../common/graphql/scalars';
import { CsvText, ShortText } from '../../common/input/text-limit';

const ISO3 = {
  message: 'iso3 must be three capital letters (ISO 3166-1 alpha-3), e.g. NOR.',
  // What the rule means, which its name (`matches`) does not say: the phrase it is told with (input-rules.ts).
  context: phrase('INPUT_NOT_ISO3', {}),
};

@InputType({ description: 'Narrows the participants; all given conditions must hold.' })
export class ParticipantFilter {
  @Field(() => [ParticipantKind], { nullable: true })
  kinds?: ParticipantKind[];

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only States that were parties on this day.' })
  partiesOn?: IsoDate;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only observers on this day: States not (yet) parties, and organisations.',
  })
  observersOn?: IsoDate;

  @Field({ nullable: true, description: 'Part of the name or the ISO code, any case.' })
  @ShortText()
  search?: string;
}

@InputType()
export class CreateParticipantInput {
  @Field(() => ParticipantKind)
  kind!: ParticipantKind;

  @Field()
  @ShortText()
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, ISO3)
  iso3?: string;

  @Field(() => OrganisationType, {
    nullable: true,
    description: 'Required for an organisation, absent for a State.',
  })
  organisationType?: OrganisationType;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Entry into force for a State party.' })
  becamePartyOn?: IsoDate;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day a State deposited its instrument of ratification or accession.',
  })
  depositedOn?: IsoDate;

  @Field(() => String, { nullable: true })
  @ShortText()
  regionalGroup?: string;
}

@InputType({ description: 'Fields left out keep their value; null clears an optional one.' })
export class UpdateParticipantInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a participant id.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field({ nullable: true })
  @ShortText()
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, ISO3)
  iso3?: string | null;

  @Field(() => OrganisationType, { nullable: true })
  organisationType?: OrganisationType | null;

  @Field(() => LocalDateScalar, { nullable: true })
  becamePartyOn?: IsoDate | null;

  @Field(() => LocalDateScalar, { nullable: true })
  depositedOn?: IsoDate | null;

  @Field(() => String, { nullable: true })
  @ShortText()
  regionalGroup?: string | null;
}

@InputType()
export class CreatePersonInput {
  @Field(() => ID, { description: 'The participant the person acts for.' })
  @IsUUID('all', { message: 'participantId must be a participant id.' })
  participantId!: string;

  @Field()
  @ShortText()
  name!: string;

  @Field(() => String, { nullable: true })
  @ShortText()
  title?: string;

  @Field(() => String, { nullable: true })
  @ShortText()
  email?: string;

  @Field(() => String, { nullable: true })
  @ShortText()
  phone?: string;

  @Field(() => String, { nullable: true, description: 'en, fr or es.' })
  @ShortText()
  language?: string;
}

@InputType({ description: 'Fields left out keep their value; null clears an optional one.' })
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a person id.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one answers CONFLICT with the current values.',
  })
  expectedVersion!: number;

  @Field({ nullable: true })
  @ShortText()
  name?: string;

  @Field(() => String, { nullable: true })
  @ShortText()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @ShortText()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @ShortText()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'en, fr or es.' })
  @ShortText()
  language?: string | null;
}

@InputType()
export class ImportStatesPartiesInput {
  @Field({
    description:
      'The file: a header line with state, iso3, status_2004, deposit_date, entry_into_force and un_regional_group, in any order (other columns are ignored), then a row per State.',
  })
  @CsvText()
  csv!: string;

  @Field({ description: 'True to preview: everything is computed and checked, nothing is kept.' })
  dryRun!: boolean;
}
