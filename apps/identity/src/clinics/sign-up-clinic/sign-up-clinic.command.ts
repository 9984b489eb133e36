import type { ClinicDetailsDto, NewAccountDto } from './sign-up-clinic.dto';

/** Signing up comes before the clinic exists: there is no tenant or actor yet, only the instant and the form. */
export interface SignUpClinicCommand {
  now: Date;
  clinic: ClinicDetailsDto;
  admin: NewAccountDto;
}
