import { DomainServiceFoundation1764000000000, KnownClinic } from '@praxis/replicas';

export const claimsEntities = [KnownClinic];
export const claimsMigrations = [DomainServiceFoundation1764000000000];
