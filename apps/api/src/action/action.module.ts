import { Module } from '@nestjs/common';
import { ActionResolver } from './action.resolver';
import { ActionService } from './action.service';
import { ProcessActionsResolver } from './process-actions.resolver';

@Module({ providers: [ActionResolver, ProcessActionsResolver, ActionService] })
export class ActionModule {}
