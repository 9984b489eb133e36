import { AppointmentChangesConsumer } from './appointment-changes.consumer';
import { ClinicChannels } from './clinic-channels';
import { LiveAppointmentStream } from './live-appointment-stream';
import { LiveAppointmentsController } from './live-appointments.controller';

/** Live appointment changes: the stream the console follows and the consumer that feeds it. */
export const LIVE_CONTROLLERS = [LiveAppointmentsController, AppointmentChangesConsumer];
export const LIVE_PROVIDERS = [ClinicChannels, LiveAppointmentStream];
