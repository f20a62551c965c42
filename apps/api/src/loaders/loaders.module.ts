import { Global, Module } from '@nestjs/common';
import { SnapshotRepository } from '../assessment/snapshot.repository';
import { LoadersFactory } from './loaders.factory';
import { LoadersRepository } from './loaders.repository';

/** Process snapshots and the per-request loaders built on them, shared by every feature and resolver. */
@Global()
@Module({
  providers: [SnapshotRepository, LoadersRepository, LoadersFactory],
  exports: [SnapshotRepository, LoadersFactory],
})
export class LoadersModule {}
