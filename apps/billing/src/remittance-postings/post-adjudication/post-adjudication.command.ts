import { Adjudication } from '../remittance-plan';

export interface PostAdjudicationCommand {
  tenantId: string;
  adjudication: Adjudication;
  now: Date;
}
