import { Module } from '@nestjs/common';
import { CreatePayer } from './create-payer/create-payer.usecase';
import { PayersController } from './payers.controller';
import { PayersQueries } from './payers.queries';
import { RemovePayer } from './remove-payer/remove-payer.usecase';
import { UpdatePayer } from './update-payer/update-payer.usecase';

/** The clinic's payers, which claims find by the electronic payer id their coverage names. */
@Module({
  controllers: [PayersController],
  providers: [PayersQueries, CreatePayer, UpdatePayer, RemovePayer],
})
export class PayersModule {}
