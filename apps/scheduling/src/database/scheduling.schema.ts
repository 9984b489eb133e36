import { DomainServiceFoundation1764000000000, KnownClinic } from '@praxis/platform';

export const schedulingEntities = [KnownClinic];
export const schedulingMigrations = [DomainServiceFoundation1764000000000];
