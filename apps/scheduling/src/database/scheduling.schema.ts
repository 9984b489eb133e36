import { DomainServiceFoundation1764000000000, KnownClinic } from '@praxis/replicas';
import { Appointment } from '../appointments/appointment.entity';
import { CredentialBlock } from '../credential-blocks/credential-block.entity';
import { SentNotification } from '../reminders/sent-notification.entity';
import { calendarEntities } from '../availability/calendar.entities';
import { patientEntities } from '../patients/patient.entities';
import { Appointments1764300000000 } from './migrations/1764300000000-appointments';
import { Calendar1764200000000 } from './migrations/1764200000000-calendar';
import { CredentialStanding1764400000000 } from './migrations/1764400000000-credential-standing';
import { Patients1764100000000 } from './migrations/1764100000000-patients';
import { PatientVisitsDoNotOverlap1764500000000 } from './migrations/1764500000000-patient-visits-do-not-overlap';
import { RemindersKeepTheTimeTheyAnnounced1764600000000 } from './migrations/1764600000000-reminders-keep-the-time-they-announced';
import { StaffDirectoryDetails1764610000000 } from './migrations/1764610000000-staff-directory-details';
import { TertiaryCoverage1764700000000 } from './migrations/1764700000000-tertiary-coverage';

export const schedulingEntities = [
  KnownClinic,
  ...patientEntities,
  ...calendarEntities,
  Appointment,
  CredentialBlock,
  SentNotification,
];
export const schedulingMigrations = [
  DomainServiceFoundation1764000000000,
  Patients1764100000000,
  Calendar1764200000000,
  Appointments1764300000000,
  CredentialStanding1764400000000,
  PatientVisitsDoNotOverlap1764500000000,
  RemindersKeepTheTimeTheyAnnounced1764600000000,
  StaffDirectoryDetails1764610000000,
  TertiaryCoverage1764700000000,
];
