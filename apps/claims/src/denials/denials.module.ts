import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { CorrectionsModule } from '../corrections/corrections.module';
import { AddAppealNote } from './add-appeal-note/add-appeal-note.usecase';
import { DenialWorklistQuery } from './denial-worklist.query';
import { DenialsController } from './denials.controller';

/** Denied claims by reason in the code lists' words, and the clerk's actions on them. */
@Module({
  imports: [ClaimsModule, CorrectionsModule],
  controllers: [DenialsController],
  providers: [DenialWorklistQuery, AddAppealNote],
})
export class DenialsModule {}
