import { DomainServiceFoundation1764000000000, KnownClinic } from '@praxis/replicas';

export const trainingEntities = [KnownClinic];
export const trainingMigrations = [DomainServiceFoundation1764000000000];
