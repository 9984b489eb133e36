import { DomainServiceFoundation1764000000000, KnownClinic } from '@praxis/replicas';

export const billingEntities = [KnownClinic];
export const billingMigrations = [DomainServiceFoundation1764000000000];
