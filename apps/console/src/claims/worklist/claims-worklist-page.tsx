import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { navigate, searchParam, useLocation } from '../../navigation/navigation';
import { useWorksClaims } from '../claims-access';
import { type ClaimStatus, useClaimsIn } from '../claims-data';
import { ClaimsPage } from '../claims-page';
import { CLAIM_STATUS_WORDS, WORKLIST_STATUSES } from '../claims-wording';
import { SubmitReadyClaims } from '../submissions/submit-ready-claims';
import { ClaimsTable } from './claims-table';

const statusIn = (location: string): ClaimStatus => {
  const asked = searchParam(location, 'status');
  return WORKLIST_STATUSES.find((status) => status === asked) ?? 'needs_fix';
};

export const worklistPath = (status: ClaimStatus): string => `/claims?${new URLSearchParams({ status }).toString()}`;

/** The clerk's claims by where they stand, each opened to fix it, and the ready ones sent in one file. */
export const ClaimsWorklistPage = () => {
  const status = statusIn(useLocation());
  const claims = useClaimsIn(status);
  const worksClaims = useWorksClaims();

  return (
    <ClaimsPage title="Claims" error={claims.error}>
      {worksClaims && <SubmitReadyClaims />}
      <RadioGroup
        className="choice-strip"
        orientation="horizontal"
        value={status}
        onChange={(value) => navigate(worklistPath(value as ClaimStatus))}
      >
        <Label>Claims that are</Label>
        {WORKLIST_STATUSES.map((choice) => (
          <Radio key={choice} value={choice}>
            {CLAIM_STATUS_WORDS[choice]}
          </Radio>
        ))}
      </RadioGroup>
      {claims.isPending ? (
        <p role="status">Loading claims…</p>
      ) : (
        <ClaimsTable status={status} claims={claims.data?.pages.flatMap((page) => page.items) ?? []} />
      )}
      {claims.hasNextPage && (
        <Button onPress={() => void claims.fetchNextPage()} isDisabled={claims.isFetchingNextPage}>
          Show more claims
        </Button>
      )}
    </ClaimsPage>
  );
};
