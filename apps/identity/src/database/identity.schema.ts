import { AuditEvent } from '../audit/audit-event.entity';
import { Clinic } from '../clinics/clinic.entity';
import { Location } from '../locations/location.entity';
import { RefreshToken } from '../sessions/refresh-token.entity';
import { LoginDirectoryEntry } from '../staff/login-directory.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { IdentityInitial1764000000000 } from './migrations/1764000000000-identity-initial';
import { AuditTrailOfPatientData1764500000000 } from './migrations/1764500000000-audit-trail-of-patient-data';
import { StaffHireDateAndLocation1765000000000 } from './migrations/1765000000000-staff-hire-date-and-location';

export const identityEntities = [Clinic, Location, StaffMember, LoginDirectoryEntry, RefreshToken, AuditEvent];
export const identityMigrations = [
  IdentityInitial1764000000000,
  AuditTrailOfPatientData1764500000000,
  StaffHireDateAndLocation1765000000000,
];
