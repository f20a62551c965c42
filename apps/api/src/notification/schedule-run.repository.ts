import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { sqlFile } from '../common/database/sql-file';

const RECORD_SCHEDULE_RUN = sqlFile(__dirname, 'record-schedule-run.sql');
const SCHEDULE_AGES = sqlFile(__dirname, 'schedule-ages.sql');

/** When each job schedule last ran, by any worker: for readiness and the sweep-age metric. */
@Injectable()
export class ScheduleRunRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async recordRun(scheduleId: string): Promise<void> {
    await this.db.query(RECORD_SCHEDULE_RUN, [scheduleId]);
  }

  /** Seconds since each of these schedules last ran, by id; a schedule that never ran is missing. */
  async ages(scheduleIds: string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<{ name: string; age: number }[]>(SCHEDULE_AGES, [scheduleIds]);
    return new Map(rows.map((row) => [row.name, row.age]));
  }
}
