import { Module } from '@nestjs/common';
import { MatterHistoryRepository } from './matter-history.repository';
import { MatterResolver } from './matter.resolver';
import { ProcessMattersResolver } from './process-matters.resolver';
import { MatterService } from './matter.service';

@Module({ providers: [MatterResolver, ProcessMattersResolver, MatterService, MatterHistoryRepository] })
export class MatterModule {}
