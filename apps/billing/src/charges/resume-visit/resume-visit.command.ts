import { TenantCommand } from '@praxis/platform';

export type ResumeVisitCommand = TenantCommand & { visitId: string };
