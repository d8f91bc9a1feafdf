import { describe, expect, it } from 'vitest';
import { formatDate, plural } from '../../src/lib/formats/format.ts';
import { buildPlaybookModel, neighbours, type Entry } from '../../src/lib/playbook/playbook-model.ts';
import { routes, withBase } from '../../src/lib/pages/routes.ts';
import type { Objective, Playbook, Role, Stage } from '../../src/schemas/index.ts';

const review = { owner: 'lead', lastReviewed: '2026-01-01', reviewEveryMonths: 12 };

const role = (id: string, title: string, reportsTo?: string): Entry<Role> => ({
  id,
  data: { id, title, summary: `${title} summary`, responsibilities: ['Decide'], skills: [], timeCommitment: 'Full-time', reportsTo, review },
});

const stage = (id: string, number: number, owner: string, roles: string[], checklistOwners: string[]): Entry<Stage> => ({
  id,
  data: {
    stage: number,
    title: `Stage ${number}`,
    summary: 's',
    purpose: 'p',
    owner,
    lastReviewed: '2026-01-01',
    reviewEveryMonths: 12,
    inputs: ['i'],
    outputs: [{ name: 'o', description: 'd' }],
    roles,
    checklist: checklistOwners.map((itemOwner, index) => ({ id: `item-${index}`, text: `Item ${index}`, owner: itemOwner, evidence: 'e', required: true })),
  },
});

const playbook = (id: string, order: number, owner = 'lead'): Entry<Playbook> => ({
  id,
  data: { title: `Playbook ${id}`, summary: 's', audience: 'a', owner, order, review, parts: 'stage', ordered: true, checklistItemsNeed: { owner: true, evidence: true } },
});

const objective: Entry<Objective> = {
  id: 'visibility',
  data: {
    id: 'visibility', title: 'Visibility', statement: 's', problem: 'p', strategicGoal: 'g', benefits: ['b'],
    measures: [{ name: 'm', baseline: '1', target: '2', by: '2027-01-01' }], owner: 'lead', priority: 1, review,
  },
};

const model = buildPlaybookModel({
  playbooks: [playbook('later', 2, 'sponsor'), playbook('first', 1)],
  stages: [
    stage('first/two', 2, 'sponsor', ['lead'], ['lead', 'sponsor']),
    stage('first/one', 1, 'lead', ['sponsor'], ['sponsor']),
    stage('later/only', 1, 'lead', ['lead'], ['lead']),
  ],
  roles: [role('sponsor', 'Sponsor'), role('lead', 'Lead', 'sponsor')],
  objectives: [objective],
});

describe('playbook model', () => {
  it('orders playbooks by their order and stages by stage number', () => {
    expect(model.playbooks.map((p) => p.id)).toEqual(['first', 'later']);
    expect(model.playbooks[0].stages.map((s) => s.slug)).toEqual(['one', 'two']);
    expect(model.stageById.get('later/only')?.playbookId).toBe('later');
  });

  it('finds the previous and next stage within a playbook only', () => {
    const [first, later] = model.playbooks;
    expect(neighbours(first, 'first/one').previous).toBeUndefined();
    expect(neighbours(first, 'first/one').next?.id).toBe('first/two');
    expect(neighbours(first, 'first/two').next).toBeUndefined();
    expect(neighbours(later, 'later/only')).toEqual({ previous: undefined, next: undefined });
    expect(neighbours(later, 'first/one')).toEqual({});
  });

  it('tells each role what it owns and takes part in', () => {
    const lead = model.involvement.get('lead')!;
    expect(lead.reportsTo?.id).toBe('sponsor');
    expect(lead.playbooksOwned.map((p) => p.id)).toEqual(['first']);
    expect(lead.stagesOwned.map((s) => s.id)).toEqual(['first/one', 'later/only']);
    expect(lead.stagesTakingPart.map((s) => s.id)).toEqual(['first/two']);
    expect(lead.checklistItems.map(({ stage: s, item }) => `${s.id}#${item.id}`)).toEqual(['first/two#item-0', 'later/only#item-0']);
    expect(lead.objectivesOwned.map((o) => o.id)).toEqual(['visibility']);

    const sponsor = model.involvement.get('sponsor')!;
    expect(sponsor.directReports.map((r) => r.id)).toEqual(['lead']);
    expect(sponsor.stagesTakingPart.map((s) => s.id)).toEqual(['first/one']);
    expect(sponsor.checklistItems).toHaveLength(2);
  });
});

describe('routes and formatting', () => {
  it('shapes paths and adds the deploy base', () => {
    expect(routes.stage('pmo', 'scope')).toBe('/playbooks/pmo/scope/');
    expect(withBase('/', routes.role('lead'))).toBe('/roles/lead/');
    expect(withBase('/playbook/', routes.role('lead'))).toBe('/playbook/roles/lead/');
    expect(withBase('/playbook', routes.home())).toBe('/playbook/');
  });

  it('formats calendar dates without shifting them', () => {
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
    expect(formatDate('2026-12-31')).toBe('31 December 2026');
    expect(plural(1, 'stage')).toBe('1 stage');
    expect(plural(3, 'stage')).toBe('3 stages');
  });
});
