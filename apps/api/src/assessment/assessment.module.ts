import { Global, Module } from '@nestjs/common';
import { LoadersFactory } from '../common/loaders/loaders.factory';
import { SnapshotRepository } from './snapshot.repository';

/** Process snapshots and the per-request loaders built on them, shared by every resolver. */
@Global()
@Module({ providers: [SnapshotRepository, LoadersFactory], exports: [SnapshotRepository, LoadersFactory] })
export class AssessmentModule {}
