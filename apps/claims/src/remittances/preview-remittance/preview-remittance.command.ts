import { TenantCommand } from '@praxis/platform';

export interface PreviewRemittanceCommand extends TenantCommand {
  /** The 835 file's text, exactly as the clerk has it. */
  content: string;
}
