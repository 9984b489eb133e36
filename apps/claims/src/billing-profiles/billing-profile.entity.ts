import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PostalAddress } from '@praxis/platform';

export class LocationPlaceOfService {
  locationId: string;
  /** CMS place-of-service code, two digits (11 office, 02 telehealth elsewhere, 22 outpatient hospital...). */
  placeOfService: string;
}

/**
 * The clinic as the billing provider of its claims (2010AA). Identity announces the clinic's name and NPI and
 * seeds it; taxonomy, TIN, the billing street address, places of service and the clearinghouse ids are the
 * clerk's, since no other service keeps them.
 */
@Entity({ name: 'billing_profiles' })
export class BillingProfile {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('varchar', { name: 'organization_name' })
  organizationName: string;

  @Column('varchar', { length: 10 })
  npi: string;

  /** Employer identification number, nine digits without a hyphen (REF*EI). */
  @Column('varchar', { length: 9, nullable: true })
  tin: string | null;

  /** Health care provider taxonomy code (PRV*BI). */
  @Column('varchar', { name: 'taxonomy_code', length: 10, nullable: true })
  taxonomyCode: string | null;

  @Column('jsonb', { nullable: true })
  address: PostalAddress | null;

  /** Used for a location without its own. */
  @Column('varchar', { name: 'place_of_service', length: 2, default: '11' })
  placeOfService: string;

  @Column('jsonb', { name: 'location_places_of_service', default: () => `'[]'` })
  locationPlacesOfService: LocationPlaceOfService[];

  /** The clinic's id at the clearinghouse (1000A NM109). */
  @Column('varchar', { name: 'submitter_id', nullable: true })
  submitterId: string | null;

  /** The clearinghouse's id (1000B NM109). */
  @Column('varchar', { name: 'receiver_id', nullable: true })
  receiverId: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
