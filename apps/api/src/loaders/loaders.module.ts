import { Global, Module } from '@nestjs/common';
import { HistoryRepository } from '../assessment/history.repository';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import { LoadersFactory } from './loaders.factory';
import { LoadersRepository } from './loaders.repository';

/** Process snapshots, their series over time, and the per-request loaders built on them, shared by every feature and resolver. */
@Global()
@Module({
  providers: [SnapshotRepository, HistoryRepository, LoadersRepository, LoadersFactory],
  exports: [SnapshotRepository, HistoryRepository, LoadersFactory],
})
export class LoadersModule {}
