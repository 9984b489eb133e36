import { DomainServiceFoundation1764000000000, KnownClinic } from '@praxis/platform';

export const billingEntities = [KnownClinic];
export const billingMigrations = [DomainServiceFoundation1764000000000];
