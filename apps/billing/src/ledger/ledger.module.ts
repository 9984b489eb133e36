import { Module } from '@nestjs/common';
import { BalancesController } from './balances.controller';
import { BalancesQueries } from './balances.queries';
import { DaySheetQueries } from './day-sheet.queries';
import { Ledger } from './ledger';

/** The append-only, double-entry record of every financial effect, and the balances and day sheet summed from it. */
@Module({ controllers: [BalancesController], providers: [Ledger, BalancesQueries, DaySheetQueries], exports: [Ledger] })
export class LedgerModule {}
