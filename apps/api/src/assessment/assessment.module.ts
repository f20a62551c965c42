import { Global, Module } from '@nestjs/common';
import { LoadersFactory } from '../common/loaders/loaders.factory';
import { SnapshotRepository } from './snapshot.repository';
import { HistoryRepository } from './history.repository';

/** Process snapshots and the per-request loaders built on them, shared by every resolver. */
@Global()
@Module({
  providers: [SnapshotRepository, HistoryRepository, LoadersFactory],
  exports: [SnapshotRepository, HistoryRepository, LoadersFactory],
})
export class AssessmentModule {}
