import { Module } from '@nestjs/common';
import { MatterResolver } from './matter.resolver';
import { ProcessMattersResolver } from './process-matters.resolver';
import { MatterService } from './matter.service';

@Module({ providers: [MatterResolver, ProcessMattersResolver, MatterService] })
export class MatterModule {}
