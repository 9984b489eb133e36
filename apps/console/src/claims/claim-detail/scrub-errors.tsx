import { Link } from 'react-aria-components';
import type { Claim } from '../claims-data';
import { asSentence, fixLinkFor, isFixedOnTheClaim } from '../claims-wording';

/** Each thing the scrubber found, with where to fix it: on this claim, or the profile, payer or coverage it names. */
export const ScrubErrors = ({ claim }: { claim: Claim }) => (
  <section aria-labelledby="scrub-errors">
    <h2 id="scrub-errors">What stops this claim</h2>
    <ul className="claim-problems">
      {claim.scrubErrors.map((error) => {
        const link = fixLinkFor(error, claim);
        return (
          <li key={`${error.rule}-${error.field ?? ''}-${error.message}`}>
            {asSentence(error.message)}
            {link && (
              <>
                {' '}
                <Link href={link.href}>{link.text}</Link>
              </>
            )}
            {isFixedOnTheClaim(error) && ' (fix the diagnoses and pointers below)'}
          </li>
        );
      })}
    </ul>
  </section>
);
