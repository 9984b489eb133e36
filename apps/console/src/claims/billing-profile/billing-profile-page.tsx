import { useState } from 'react';
import { useWorksClaims } from '../claims-access';
import { ClaimsPage } from '../claims-page';
import { addressInWords } from '../form-values';
import { BillingProfileForm } from './billing-profile-form';
import { useBillingProfile } from './billing-profile-data';

/** What every claim says of the clinic: the scrubber names what is missing here, and the clerk completes it. */
export const BillingProfilePage = () => {
  const profile = useBillingProfile();
  const worksClaims = useWorksClaims();
  const [saved, setSaved] = useState(false);
  const data = profile.data;

  return (
    <ClaimsPage title="Billing profile" error={profile.error}>
      {saved && <p role="status">The billing profile is saved. Scrub the claims that named it again.</p>}
      {data &&
        (worksClaims ? (
          <BillingProfileForm key={data.updatedAt} profile={data} onSaved={() => setSaved(true)} />
        ) : (
          <dl className="claim-facts">
            <dt>Legal name</dt>
            <dd>{data.organizationName}</dd>
            <dt>Group NPI</dt>
            <dd>{data.npi}</dd>
            <dt>Tax id (EIN)</dt>
            <dd>{data.tin ?? 'Missing'}</dd>
            <dt>Taxonomy code</dt>
            <dd>{data.taxonomyCode ?? 'Missing'}</dd>
            <dt>Billing address</dt>
            <dd>{data.address ? addressInWords(data.address) : 'Missing'}</dd>
          </dl>
        ))}
    </ClaimsPage>
  );
};
