import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { groupBy } from '../common/group-by';
import { sqlFile } from '../common/database/sql-file';
import type { OptionStageChangeEntity } from '../option/option-stage-change.entity';

const OPTION_STAGES_BY_MATTER = sqlFile(__dirname, 'option-stages-by-matter.sql');

/** What a matter's history shows besides its own workflow steps. */
@Injectable()
export class MatterHistoryRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The stage steps of each matter's options, oldest first, in one statement for all of `matterIds`. */
  async optionStages(matterIds: readonly string[]): Promise<OptionStageChangeEntity[][]> {
    const rows = await this.db.query<(OptionStageChangeEntity & { matterId: string })[]>(
      OPTION_STAGES_BY_MATTER,
      [matterIds],
    );
    const byMatter = groupBy(rows, (row) => row.matterId);
    return matterIds.map((id) => byMatter.get(id) ?? []);
  }
}
