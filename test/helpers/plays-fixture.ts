import { fixtureReviewDate, reviewBlock } from './content-fixture.ts';
import { minimalSiteFiles } from './minimal-fixture.ts';

/** Key questions of each play, as the fixture writes them. */
export const playQuestions: Record<string, string[]> = {
  'understand-users': ['Who are the primary users?', 'What needs are they trying to meet?'],
  'simple-and-intuitive': ['What is the simplest way to meet the need?', 'How do users learn the service?'],
  'measure-performance': ['Which metrics show the service works?', 'How often are they reviewed?'],
};

function playFile(slug: string, number: number, title: string): string {
  return `---
stage: ${number}
title: ${title}
summary: What the play ${title.toLowerCase()} asks of a team.
purpose: Why the play ${title.toLowerCase()} matters.
keyQuestions:
${playQuestions[slug].map((question) => `  - ${question}`).join('\n')}
owner: pmo-lead
lastReviewed: ${fixtureReviewDate}
reviewEveryMonths: 12
inputs:
  - The service's users
outputs:
  - name: Notes on ${title.toLowerCase()}
    description: Kept with the service.
roles:
  - sponsor
checklist:
  - id: ${slug}-first
    text: Checked with real users
  - id: ${slug}-second
    text: Written down what was learned
    required: false
---

## Checklist and guidance

Apply the play at every phase of the service.
`;
}

/** The minimal site plus a playbook of three unordered plays whose checklist items have neither owner nor evidence. */
export function playsFixtureFiles(): Record<string, string> {
  return {
    ...minimalSiteFiles(),
    'playbooks/digital-services/playbook.yaml': `title: Digital services playbook
summary: Plays that help teams build services people use.
audience: Service teams
owner: pmo-lead
order: 2
parts: play
ordered: false
checklistItemsNeed:
  owner: false
  evidence: false
${reviewBlock()}`,
    'playbooks/digital-services/understand-users.mdx': playFile('understand-users', 1, 'Understand what people need'),
    'playbooks/digital-services/simple-and-intuitive.mdx': playFile('simple-and-intuitive', 2, 'Make it simple and intuitive'),
    'playbooks/digital-services/measure-performance.mdx': playFile('measure-performance', 3, 'Measure performance'),
  };
}
