import type { Schemas } from '../../api/client';
import { useLocations } from '../../calendar/day-data';
import { ROLE_WORDS } from '../training-wording';

type Share = Schemas['ComplianceShare'];

const ShareRow = ({ name, share }: { name: string; share: Share }) => (
  <tr>
    <th scope="row">{name}</th>
    <td>{share.percentCompliant}%</td>
    <td>
      {share.compliant} of {share.staff}
    </td>
  </tr>
);

/** The share of staff in good standing on everything, for the clinic, each location and each role. */
export const ComplianceShares = ({ summary }: { summary: Schemas['ComplianceSummary'] }) => {
  const locations = useLocations();
  const locationName = (id: string) => locations.data?.find((location) => location.id === id)?.name ?? 'No location';
  const roleName = (role: string) => ROLE_WORDS[role as keyof typeof ROLE_WORDS] ?? role;

  return (
    <table className="data-table">
      <caption>Staff compliant on every requirement</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Compliant</th>
          <th scope="col">Staff</th>
        </tr>
      </thead>
      <tbody>
        <ShareRow name="Whole clinic" share={summary.clinic} />
        {summary.byLocation.map((share) => (
          <ShareRow key={share.group} name={`Location: ${locationName(share.group)}`} share={share} />
        ))}
        {summary.byRole.map((share) => (
          <ShareRow key={share.group} name={`Role: ${roleName(share.group)}`} share={share} />
        ))}
      </tbody>
    </table>
  );
};
