import { verifyAccessToken } from '@praxis/auth';
import { GatewayClinic, TEST_ACCESS_SECRET } from '@praxis/testing';

export interface ClinicActor {
  tenantId: string;
  userId: string;
}

/** The clinic and the admin a gateway clinic's bearer stands for: what a floor, which has no gateway, is told. */
export const actorOf = async (clinic: Pick<GatewayClinic, 'bearer'>): Promise<ClinicActor> => {
  const { tenantId, userId } = await verifyAccessToken(clinic.bearer.replace(/^Bearer /, ''), TEST_ACCESS_SECRET);
  return { tenantId, userId };
};
