import { TenantCommand } from '@praxis/platform';
import { RemittanceSource } from '../remittance.entity';

export interface PostRemittanceCommand extends TenantCommand {
  /** The 835 file's text, exactly as it arrived. */
  content: string;
  /** An upload by a clerk, or a file collected from the clearinghouse's mailbox. */
  source: RemittanceSource;
}
