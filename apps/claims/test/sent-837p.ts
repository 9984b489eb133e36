import { ClinicActor, eventually, UseCaseHarness } from '@praxis/testing';
import { defaultDelimiters, ProfessionalClaim, readProfessionalClaims, readX12 } from '@praxis/x12';
import { ClaimSubmissionsQueries } from '../src/submissions/claim-submissions.queries';
import { SubmitClaims } from '../src/submissions/submit-claims/submit-claims.usecase';

/** The clerk submits the ready claims; the claims of the 837P file as it was built and kept. */
export const submitAndRead837p = async (harness: UseCaseHarness, clerk: ClinicActor): Promise<ProfessionalClaim[]> => {
  const submission = await harness.as(clerk, () =>
    harness.get(SubmitClaims).execute({ ...harness.commandFor(clerk), idempotencyKey: undefined }),
  );
  const bytes = await eventually(async () => {
    const built = await harness.as(clerk, () => harness.get(ClaimSubmissionsQueries).get(submission.id));
    expect(built.status).toBe('sent');
    return harness.as(clerk, () => harness.get(ClaimSubmissionsQueries).file(submission.id));
  });
  const file = readX12(bytes);
  const set = file.interchanges[0].groups[0].transactionSets[0];
  return readProfessionalClaims(set, file.delimiters ?? defaultDelimiters).file.claims;
};
