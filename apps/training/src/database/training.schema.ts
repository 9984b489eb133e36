import { DomainServiceFoundation1764000000000, KnownClinic, StaffMember } from '@praxis/replicas';
import { Assignment } from '../assignments/assignment.entity';
import { Certificate } from '../completions/certificate.entity';
import { Completion } from '../completions/completion.entity';
import { CredentialExpiry } from '../reminders/credential-expiry.entity';
import { TrainingNotification } from '../reminders/training-notification.entity';
import { Requirement } from '../requirements/requirement.entity';
import { Training1765000000000 } from './migrations/1765000000000-training';

export const trainingEntities = [
  KnownClinic,
  StaffMember,
  Requirement,
  Assignment,
  Certificate,
  Completion,
  TrainingNotification,
  CredentialExpiry,
];
export const trainingMigrations = [DomainServiceFoundation1764000000000, Training1765000000000];
