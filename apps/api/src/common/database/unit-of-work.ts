import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Tx } from './tx';
import { txOf } from './tx-manager';

/** Where a service begins a transaction: what its work writes through repositories commits together or not at all. */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(txOf(manager)));
  }
}

/** Lends `UnitOfWork` to every module of the API and of the worker. */
@Global()
@Module({ providers: [UnitOfWork], exports: [UnitOfWork] })
export class UnitOfWorkModule {}
