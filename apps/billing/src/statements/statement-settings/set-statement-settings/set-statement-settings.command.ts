import { TenantCommand } from '@praxis/platform';
import { StatementSettingsDto } from '../dto/statement-settings.dto';

export type SetStatementSettingsCommand = TenantCommand & StatementSettingsDto;
