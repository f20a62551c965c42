import { Injectable } from '@nestjs/common';
import type { MatterState } from '../assessment/process-snapshot';
import type { Actor } from '../identity/actor';
import { notFound } from '../common/errors/app-error';
import type { Loaders } from '../loaders/loaders.factory';
import type { ProcessEntity } from '../process/process.entity';
import { viewColumnsFor } from '../loaders/view-columns';
import type { ParticipantViewEntity } from '../view/view.entity';
import { assembleStateOfPlay, type StateOfPlay } from './state-of-play';

/** The View fields the positions read; the same selection as a screen's, so one request reads views once. */
const POSITION_COLUMNS = viewColumnsFor(['position', 'expressedAt', 'participant', 'option']);

/**
 * Builds the state-of-play report from the reads every screen uses: the request's process snapshot (filtered to the
 * reader's clearance before anything is derived) and the views the reader may see by then. The web page (GraphQL)
 * and the PDF render this one result, so they cannot disagree with each other or with the screens.
 */
@Injectable()
export class StateOfPlayService {
  async build(
    loaders: Loaders,
    actor: Actor,
    process: ProcessEntity,
    milestoneId: string | null,
    asOf: Date,
  ): Promise<StateOfPlay> {
    const snapshot = await loaders.snapshot.load({ processId: process.id, asOf });
    const milestone = milestoneId ? snapshot.milestone(milestoneId) : null;
    if (milestoneId && !milestone) throw notFound('milestone', milestoneId, 'milestoneId');
    const matters = snapshot.matters.filter(
      (state) => !milestone || state.decidingMilestone.id === milestone.id,
    );
    const viewsByMatter = await this.viewsOf(loaders, matters, asOf);
    // States Parties are counted on the day at the venue of the decisions the report is about.
    const venue = milestone ?? snapshot.milestone(process.decisionDeadlineMilestoneId ?? '');
    return assembleStateOfPlay(snapshot, milestone ?? null, viewsByMatter, venue?.timeZone ?? 'UTC', {
      person: actor.account?.displayName ?? null,
      participant: actor.participant?.name ?? null,
      clearance: actor.clearance,
    });
  }

  /** The views on these matters the reader may see, given by `asOf`, by matter id. */
  async viewsOf(
    loaders: Loaders,
    matters: MatterState[],
    asOf: Date,
  ): Promise<Map<string, ParticipantViewEntity[]>> {
    const views = await loaders.viewsByMatter.loadMany(
      matters.map((state) => ({ matterId: state.matter.id, asOf, columns: POSITION_COLUMNS })),
    );
    return new Map(
      matters.map((state, index) => {
        const loaded = views[index];
        if (loaded instanceof Error) throw loaded;
        return [state.matter.id, loaded ?? []];
      }),
    );
  }
}
