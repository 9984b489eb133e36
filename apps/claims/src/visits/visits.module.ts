import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { AppointmentEventsConsumer } from './appointment-events.consumer';

/** Claims' replica of completed visits: the rendering provider and the visit's clock. */
@Module({ imports: [ClaimsModule], controllers: [AppointmentEventsConsumer] })
export class VisitsModule {}
