import { Module } from '@nestjs/common';
import { BalancesController } from './balances.controller';
import { BalancesQueries } from './balances.queries';
import { Ledger } from './ledger';

/** The append-only, double-entry record of every financial effect, and the balances summed from it. */
@Module({ controllers: [BalancesController], providers: [Ledger, BalancesQueries], exports: [Ledger] })
export class LedgerModule {}
