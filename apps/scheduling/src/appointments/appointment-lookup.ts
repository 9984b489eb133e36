import { NotFoundError } from '@praxis/platform';
import { EntityManager } from 'typeorm';
import { Appointment } from './appointment.entity';

/** Loads an appointment for a change, locked so concurrent changes to it happen one after the other. */
export const lockAppointment = async (manager: EntityManager, id: string): Promise<Appointment> => {
  const appointment = await manager.findOne(Appointment, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!appointment) throw new NotFoundError('appointment', id);
  return appointment;
};
