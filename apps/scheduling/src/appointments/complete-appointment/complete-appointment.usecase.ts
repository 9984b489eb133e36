import { Injectable } from '@nestjs/common';
import { AppointmentCompleted } from '@praxis/contracts';
import { UnprocessableError } from '@praxis/platform';
import { ProviderDirectory } from '../../providers/provider-directory';
import { Appointment } from '../appointment.entity';
import { appointmentPayload } from '../appointment-events';
import { AppointmentTransition } from '../appointment-transition';
import { CompleteAppointmentCommand } from './complete-appointment.command';

const danglingPointers = ({ diagnoses, procedures }: CompleteAppointmentCommand) =>
  procedures.flatMap((line, index) =>
    line.diagnosisPointers
      .filter((pointer) => pointer > diagnoses.length)
      .map((pointer) => ({
        field: `procedures.${index}.diagnosisPointers`,
        message: `points at diagnosis ${pointer}, but only ${diagnoses.length} are listed`,
      })),
  );

/** Closing the visit with what was done and why: everything billing and claims need travels on the event. */
@Injectable()
export class CompleteAppointment {
  constructor(
    private readonly transition: AppointmentTransition,
    private readonly providers: ProviderDirectory,
  ) {}

  execute(visit: CompleteAppointmentCommand): Promise<Appointment> {
    const problems = danglingPointers(visit);
    if (problems.length > 0)
      throw new UnprocessableError('a procedure points at a diagnosis that is not listed', problems);
    return this.transition.apply(
      visit.appointmentId,
      'complete',
      AppointmentCompleted,
      async (appointment, manager) => {
        const provider = await this.providers.get(manager, appointment.providerId);
        Object.assign(appointment, { status: 'completed', diagnoses: visit.diagnoses, procedures: visit.procedures });
        return {
          ...appointmentPayload(appointment),
          renderingProviderNpi: provider.npi,
          diagnoses: visit.diagnoses,
          procedures: visit.procedures,
        };
      },
    );
  }
}
