import { validGovernanceFiles } from './governance-fixture.ts';
import { validPlanningFiles } from './planning-fixture.ts';

/** An organization's money and language, as its organization.yaml writes them. */
export interface OrganizationLocale {
  currency: string;
  locale: string;
  paperSize?: 'A4' | 'Letter';
}

/**
 * The planning and governance fixtures for an organization in another currency and locale:
 * budget lines name no currency (so they are in the organization's), the plan totals
 * 1,200,000 and no text mentions another currency.
 */
export function localeFixtureFiles({ currency, locale, paperSize }: OrganizationLocale): Record<string, string> {
  const files: Record<string, string> = { ...validPlanningFiles(), ...validGovernanceFiles() };
  files['content/organization.yaml'] = files['content/organization.yaml']
    .replace('currency: GBP\nlocale: en-GB\n', `currency: ${currency}\nlocale: ${locale}\n${paperSize ? `paperSize: ${paperSize}\n` : ''}`);
  // 1,178,000 plus 20,000 with 10% contingency is 1,200,000.
  files['content/plans/setup-plan.yaml'] = files['content/plans/setup-plan.yaml'].replaceAll('      currency: GBP\n', '').replace('amount: 90000', 'amount: 1178000');
  files['content/scope/scope.yaml'] = files['content/scope/scope.yaml'].replace('unit: GBP', `unit: ${currency}`);
  files['content/governance/forums/board.yaml'] = files['content/governance/forums/board.yaml'].replace('limit: up to £1m', 'limit: up to one million');
  files['content/governance/escalation.yaml'] = files['content/governance/escalation.yaml'].replace(
    'situation: A £100,000 project is £20,000 over.',
    'situation: A project with a budget of one hundred thousand is twenty thousand over.',
  );
  return files;
}
