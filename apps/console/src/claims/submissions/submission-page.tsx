import { ClaimsPage } from '../claims-page';
import { useClinicClock } from '../clinic-clock';
import { submissionName } from './submission-words';
import { SubmissionProgress } from './submission-progress';
import { useSubmission } from './submissions-data';
import { X12File } from './x12-file';

/** One file sent to the clearinghouse: when, its claims and where each stands, and the exact bytes. */
export const SubmissionPage = ({ submissionId }: { submissionId: string }) => {
  const submission = useSubmission(submissionId);
  const data = submission.data;
  const instantInWords = useClinicClock();
  return (
    <ClaimsPage title={data ? submissionName(data) : 'Claim file'} error={submission.error}>
      {data && (
        <dl className="claim-facts">
          <dt>Requested</dt>
          <dd>{instantInWords(data.createdAt)}</dd>
          <dt>Sent</dt>
          <dd>{data.sentAt ? instantInWords(data.sentAt) : 'Not sent'}</dd>
          <dt>Clearinghouse</dt>
          <dd>{data.receiverId ?? 'Not named yet'}</dd>
        </dl>
      )}
      <SubmissionProgress submissionId={submissionId} />
      {data?.builtAt && (
        <X12File submissionId={submissionId} fileName={`claims-${data.interchangeControlNumber}.x12`} />
      )}
    </ClaimsPage>
  );
};
