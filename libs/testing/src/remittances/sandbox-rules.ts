/** The sandbox clearinghouse's payers' rules (`PUT /admin/rules`), as the specs set them. */
export interface SandboxRules {
  replyDelayMs: number;
  memberIdPattern: string;
  unknownMemberIds: string[];
  rejectedBillingNpis: string[];
  allowedPercent: number;
  coinsurancePercent: number;
  remittanceDelayMs: number;
  correctedAllowedPercent: number | null;
  correctionDelayMs: number;
}

/** An hour: the payers' 835s stay out of the mailbox, so a spec sees its claims rest at accepted. */
const NOT_PAID_YET = 3_600_000;

/**
 * Sets the sandbox payers' rules for what a spec submits next: they answer at once, accept every claim and pay
 * (send their 835) only when the spec sets a remittance delay; anything else left out is the sandbox's default.
 */
export const setSandboxRules = async (sandboxUrl: string, rules: Partial<SandboxRules> = {}): Promise<void> => {
  const response = await fetch(`${sandboxUrl}/admin/rules`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      replyDelayMs: 0,
      memberIdPattern: '^[A-Za-z0-9]{2,20}$',
      unknownMemberIds: [],
      rejectedBillingNpis: [],
      remittanceDelayMs: NOT_PAID_YET,
      ...rules,
    }),
  });
  if (!response.ok) throw new Error(`the sandbox refused its rules: ${response.status} ${await response.text()}`);
};
