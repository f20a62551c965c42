import { Allow, Public } from '../identity/access.decorators';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { localDate, type IsoDate } from '@prepcom/domain';
import { notFound } from '../common/errors/app-error';
import { LocalDateScalar } from '../common/graphql/scalars';
import type { Loaders } from '../loaders/loaders.factory';
import { CurrentActor, RequestLoaders, RequestNow } from '../loaders/request-context';
import { Actor } from '../identity/actor';
import { ConnectionType, PageArgs, paginate, type Connection } from '../common/pagination/connection';
import { RoleTermEntity } from '../role-term/role-term.entity';
import {
  CreateParticipantInput,
  CreatePersonInput,
  ImportStatesPartiesInput,
  ParticipantFilter,
  UpdateParticipantInput,
  UpdatePersonInput,
} from './dto/participant.inputs';
import { ParticipantEntity } from './participant.entity';
import { StatesPartiesImport } from './dto/states-parties-import.types';
import { ParticipantService } from './participant.service';
import { PersonEntity } from './person.entity';
import { StatesPartiesImportService } from './states-parties-import.service';

const ParticipantConnection = ConnectionType(ParticipantEntity, 'Participant');

@Resolver(() => ParticipantEntity)
export class ParticipantResolver {
  constructor(
    private readonly service: ParticipantService,
    private readonly statesPartiesImport: StatesPartiesImportService,
  ) {}

  @Public()
  @Query(() => ParticipantConnection, { description: 'States and organisations, by name.' })
  async participants(
    @Args() page: PageArgs,
    // Optional rather than `| undefined`: SWC records a union's type as Object, and the validation pipe skips it.
    @Args('filter', { type: () => ParticipantFilter, nullable: true }) filter?: ParticipantFilter,
  ): Promise<Connection<ParticipantEntity>> {
    return paginate(await this.service.list(filter), page);
  }

  @Public()
  @Query(() => ParticipantEntity)
  async participant(@Args('id', { type: () => ID }) id: string, @RequestLoaders() loaders: Loaders) {
    const participant = await loaders.participant.load(id);
    if (!participant) throw notFound('participant', id);
    return participant;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether it was a State Party on the day given (default: today, UTC).',
  })
  isParty(
    @Parent() participant: ParticipantEntity,
    @Args('on', { type: () => LocalDateScalar, nullable: true }) on: IsoDate | undefined,
    @RequestNow() now: Date,
  ): boolean {
    return participant.becamePartyOn !== null && participant.becamePartyOn <= (on ?? localDate(now, 'UTC'));
  }

  @ResolveField(() => [RoleTermEntity], { description: 'Every role term it has held or holds.' })
  roleTerms(@Parent() participant: ParticipantEntity, @RequestLoaders() loaders: Loaders) {
    return loaders.roleTermsByParticipant.load(participant.id);
  }

  @ResolveField(() => [PersonEntity])
  people(@Parent() participant: ParticipantEntity, @RequestLoaders() loaders: Loaders) {
    return loaders.peopleByParticipant.load(participant.id);
  }

  @Allow('participant.write')
  @Mutation(() => ParticipantEntity)
  createParticipant(
    @Args('input') input: CreateParticipantInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<ParticipantEntity> {
    return this.service.create(input, now, actor);
  }

  @Allow('participant.write')
  @Mutation(() => ParticipantEntity)
  updateParticipant(
    @Args('input') input: UpdateParticipantInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<ParticipantEntity> {
    return this.service.update(input, now, actor);
  }

  @Allow('participant.write')
  @Mutation(() => StatesPartiesImport, {
    description:
      'Adds and updates States Parties and signatories from a CSV, matched by ISO code, in one transaction; refused ' +
      'rows are skipped with their reasons. With dryRun, the same import is run and rolled back: a preview.',
  })
  importStatesParties(
    @Args('input') input: ImportStatesPartiesInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<StatesPartiesImport> {
    return this.statesPartiesImport.import(input.csv, input.dryRun, now, actor);
  }

  @Allow('participant.write')
  @Mutation(() => PersonEntity)
  createPerson(
    @Args('input') input: CreatePersonInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<PersonEntity> {
    return this.service.createPerson(input, now, actor);
  }

  @Allow('participant.write')
  @Mutation(() => PersonEntity)
  updatePerson(
    @Args('input') input: UpdatePersonInput,
    @RequestNow() now: Date,
    @CurrentActor() actor: Actor,
  ): Promise<PersonEntity> {
    return this.service.updatePerson(input, now, actor);
  }
}

@Resolver(() => PersonEntity)
export class PersonResolver {
  @ResolveField(() => String, { nullable: true, description: 'Shown to signed-in people only.' })
  email(@Parent() person: PersonEntity, @CurrentActor() actor: Actor): string | null {
    return actor.signedIn ? person.email : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Shown to signed-in people only.' })
  phone(@Parent() person: PersonEntity, @CurrentActor() actor: Actor): string | null {
    return actor.signedIn ? person.phone : null;
  }

  @ResolveField(() => ParticipantEntity, { description: 'The participant the person acts for.' })
  participant(@Parent() person: PersonEntity, @RequestLoaders() loaders: Loaders) {
    return loaders.participant.load(person.participantId);
  }
}
