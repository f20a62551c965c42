import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { invitedToMeeting } from '../invitation/invited-to-meeting';

/** What foreseeing a reschedule reads. */
@Injectable()
export class RescheduleImpactRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The participants whose calendars hold the meeting, each once. */
  async invitedParticipantIds(milestoneId: string): Promise<string[]> {
    const rows = await invitedToMeeting(this.db.manager, milestoneId)
      .select('DISTINCT r.participant_id', 'participant_id')
      .getRawMany<{ participant_id: string }>();
    return rows.map((row) => row.participant_id);
  }
}
