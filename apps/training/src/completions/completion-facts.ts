import { NotFoundError, UnprocessableError } from '@praxis/platform';
import { EntityManager, IsNull } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity';
import { Requirement } from '../requirements/requirement.entity';
import { todayAtClinic } from '../standing/clinic-calendar';
import { expiryOf } from '../standing/training-status';
import { Certificate } from './certificate.entity';
import { readCertificate } from './certificate-upload';
import { Completion } from './completion.entity';

export interface CompletionFacts {
  completedOn: string;
  expiresOn?: string;
  issuer?: string;
  certificateNumber?: string;
  certificate?: { contentBase64: string };
}

const unprocessable = (field: string, message: string) => new UnprocessableError(message, [{ field, message }]);

export const findCompletion = async (manager: EntityManager, id: string): Promise<Completion> => {
  const completion = await manager.findOneBy(Completion, { id });
  if (!completion) throw new NotFoundError('completion', id);
  return completion;
};

/** Completions count only for what the person must meet now. */
export const liveAssignment = async (
  manager: EntityManager,
  requirementId: string,
  userId: string,
): Promise<{ requirement: Requirement; assignment: Assignment }> => {
  const requirement = await manager.findOneBy(Requirement, { id: requirementId });
  if (!requirement) throw new NotFoundError('requirement', requirementId);
  const assignment = await manager.findOneBy(Assignment, { requirementId, userId, retiredAt: IsNull() });
  if (!assignment) throw unprocessable('requirementId', `${requirement.name} is not required of this staff member`);
  return { requirement, assignment };
};

/** The expiry follows from the requirement: computed from its months, or the date printed on the certificate. */
const expiryFor = (requirement: Requirement, facts: CompletionFacts): string | null => {
  if (requirement.recurrence === 'printed_expiry' && !facts.expiresOn)
    throw unprocessable('expiresOn', `${requirement.name} needs the expiry date printed on the certificate`);
  if (requirement.recurrence !== 'printed_expiry' && facts.expiresOn)
    throw unprocessable('expiresOn', `${requirement.name} expires by its own rule; leave expiresOn out`);
  const expiresOn = expiryOf(requirement, facts.completedOn, facts.expiresOn ?? null);
  if (expiresOn !== null && expiresOn < facts.completedOn)
    throw unprocessable('expiresOn', 'expiresOn must not be before completedOn');
  return expiresOn;
};

/** Checks the facts and stores the certificate; what is returned is ready to save as a completion. */
export const completionRow = async (
  manager: EntityManager,
  now: Date,
  requirement: Requirement,
  userId: string,
  facts: CompletionFacts,
): Promise<Partial<Completion>> => {
  if (facts.completedOn > (await todayAtClinic(manager, now)))
    throw unprocessable('completedOn', 'completedOn must not be after today at the clinic');
  const expiresOn = expiryFor(requirement, facts);
  const certificate = facts.certificate ? readCertificate(facts.certificate.contentBase64) : undefined;
  const stored = certificate
    ? await manager.save(manager.create(Certificate, { ...certificate, tenantId: requirement.tenantId, userId }))
    : undefined;
  return {
    requirementId: requirement.id,
    userId,
    completedOn: facts.completedOn,
    expiresOn,
    issuer: facts.issuer ?? null,
    certificateNumber: facts.certificateNumber ?? null,
    certificateId: stored?.id ?? null,
  };
};
