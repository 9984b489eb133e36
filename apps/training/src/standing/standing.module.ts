import { Module } from '@nestjs/common';
import { Standings } from './standings';

@Module({ providers: [Standings], exports: [Standings] })
export class StandingModule {}
