import { TenantCommand } from '@praxis/platform';
import { HoldVisitDto } from '../dto/visit.dto';

export type HoldVisitCommand = TenantCommand & HoldVisitDto & { visitId: string };
