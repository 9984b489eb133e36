import { TenantCommand } from '@praxis/platform';
import { AcknowledgementSource } from '../received-acknowledgement.entity';

export interface ApplyAcknowledgementCommand extends TenantCommand {
  /** The file's text, exactly as it arrived. */
  content: string;
  source: AcknowledgementSource;
}
