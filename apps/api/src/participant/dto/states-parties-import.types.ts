import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParticipantEntity } from '../participant.entity';

export enum ImportOutcome {
  ADDED = 'ADDED',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
}
registerEnumType(ImportOutcome, {
  name: 'ImportOutcome',
  description: 'What the import does (or, in a dry run, would do) with one row.',
});

@ObjectType({ description: 'Why a row is refused: a stable code, the column at fault and a sentence.' })
export class ImportRefusal {
  @Field()
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: "The CSV column at fault, or 'csv' for the row as a whole.",
  })
  field!: string | null;

  @Field()
  message!: string;
}

@ObjectType({ description: 'A field of a participant the row changes, from and to (text, null when empty).' })
export class ImportFieldChange {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}

@ObjectType({ description: 'One data row of the file and what becomes of it.' })
export class StatesPartiesImportRow {
  @Field(() => Int, { description: '1 for the first row after the header.' })
  row!: number;

  @Field({ description: 'The State as the row names it.' })
  name!: string;

  @Field({ description: 'The code as the row gives it.' })
  iso3!: string;

  @Field(() => ImportOutcome)
  outcome!: ImportOutcome;

  @Field(() => [ImportFieldChange], { description: 'For a changed row, each field it changes.' })
  changes!: ImportFieldChange[];

  @Field(() => [ImportRefusal], { description: 'For a refused row, every reason.' })
  refusals!: ImportRefusal[];

  @Field(() => ParticipantEntity, {
    nullable: true,
    description:
      'The participant the row matches or adds; null for a refused row and for a row a dry run would add.',
  })
  participant!: ParticipantEntity | null;
}

@ObjectType({ description: 'An import of States Parties and signatories, done or (dry run) previewed.' })
export class StatesPartiesImport {
  @Field({ description: 'True when nothing was written: a preview of exactly what confirming would do.' })
  dryRun!: boolean;

  @Field(() => Int)
  added!: number;

  @Field(() => Int)
  changed!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  refused!: number;

  @Field(() => [StatesPartiesImportRow])
  rows!: StatesPartiesImportRow[];
}
