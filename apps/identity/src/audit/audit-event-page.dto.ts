import { PageOf } from '@praxis/platform';
import { AuditEvent } from './audit-event.entity';

export class AuditEventPage extends PageOf(AuditEvent) {}
