import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { canSee, Capacity, OwnerRole } from '@prepcom/domain';
import { ActionEntity } from '../action/action.entity';
import type { Actor } from '../auth/actor';
import { ActorService } from '../auth/actor.service';
import { MatterEntity } from '../matter/matter.entity';
import { ParticipantViewEntity } from '../view/view.entity';
import type { OutboxEventEntity } from './outbox-event.entity';

const OWNER_CAPACITY: Record<OwnerRole, Capacity> = {
  CURRENT_PRESIDENCY: Capacity.PRESIDENCY,
  INCOMING_PRESIDENCY: Capacity.PRESIDENCY,
  PRESIDENT_DESIGNATE: Capacity.PRESIDENCY,
  CO_CHAIRS: Capacity.CO_CHAIR,
  SUPPORT_UNIT: Capacity.SUPPORT_UNIT,
};

/**
 * Who must hear of an event, computed when it is fanned out, with each person's powers of the day: nobody is told
 * about a record they may not see.
 */
@Injectable()
export class RecipientsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly actors: ActorService,
  ) {}

  async of(event: OutboxEventEntity, now: Date): Promise<string[]> {
    const everyone = await this.actors.everyone(now);
    const { payload } = event;
    switch (event.type) {
      case 'MATTER_STATUS_CHANGED': {
        const matter = await this.db.getRepository(MatterEntity).findOneBy({ id: payload.matterId! });
        return ids(everyone.filter((a) => matter && canSee(matter.confidentiality, a.clearance)));
      }
      case 'ACTION_ASSIGNED':
      case 'REMINDER_ACTION': {
        const action = await this.db.getRepository(ActionEntity).findOneBy({ id: payload.actionId! });
        if (!action) return [];
        const matter = action.servesMatterId
          ? await this.db.getRepository(MatterEntity).findOneBy({ id: action.servesMatterId })
          : null;
        return ids(
          everyone.filter(
            (a) =>
              (action.ownerParticipantId
                ? a.account!.participantId === action.ownerParticipantId
                : a.capacities.includes(OWNER_CAPACITY[action.ownerRole!])) &&
              (!matter || canSee(matter.confidentiality, a.clearance)),
          ),
        );
      }
      case 'VIEW_SUBMITTED': {
        const view = await this.db.getRepository(ParticipantViewEntity).findOneBy({ id: payload.viewId! });
        const matter = view && (await this.db.getRepository(MatterEntity).findOneBy({ id: view.matterId }));
        return ids(
          everyone.filter(
            (a) =>
              view &&
              matter &&
              a.capacities.includes(Capacity.CO_CHAIR) &&
              canSee(view.confidentiality, a.clearance) &&
              canSee(matter.confidentiality, a.clearance),
          ),
        );
      }
      case 'MILESTONE_MOVED':
      case 'MILESTONE_CANCELLED':
      case 'REMINDER_MEETING':
        return ids(everyone);
      case 'REMINDER_VIEW': {
        // States Parties that can see the matter and have not given a view on it yet.
        const matter = await this.db.getRepository(MatterEntity).findOneBy({ id: payload.matterId! });
        if (!matter) return [];
        const spoke = new Set(
          (await this.db.getRepository(ParticipantViewEntity).findBy({ matterId: matter.id })).map(
            (view) => view.participantId,
          ),
        );
        return ids(
          everyone.filter(
            (a) =>
              a.capacities.includes(Capacity.STATE_PARTY) &&
              canSee(matter.confidentiality, a.clearance) &&
              !spoke.has(a.account!.participantId ?? ''),
          ),
        );
      }
    }
  }
}

const ids = (actors: Actor[]) => actors.map((actor) => actor.account!.id);
