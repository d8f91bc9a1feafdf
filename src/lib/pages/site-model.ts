import type { z } from 'zod';
import { buildGovernanceModel, type GovernanceModel } from '../governance/governance-model.ts';
import { buildPlaybookModel, type Entry, type PlaybookModel } from '../playbook/playbook-model.ts';
import type { PlanningModel } from '../plans/planning-model.ts';
import { collectionSources, type CollectionName } from '../../schemas/collections.ts';
import type { CommsEntry, Metric, Objective, Plan, Scope } from '../../schemas/index.ts';

/**
 * Every collection the pages are made from, as plain entries (Astro's or the content
 * checker's). It follows the table of collections, so a new collection appears here by itself.
 */
export type SiteContent = { [K in CollectionName]: Entry<z.output<(typeof collectionSources)[K]['schema']>>[] };

/** Content with no entries in any collection, to build on in tests and starters. */
export function emptySiteContent(): SiteContent {
  return Object.fromEntries(Object.keys(collectionSources).map((name) => [name, []])) as unknown as SiteContent;
}

/** What the site may know of a stakeholder outside its own page: never the assessment. */
export interface StakeholderOwner {
  id: string;
  /** The group's name, which every page may show. */
  name?: string;
  owner: string;
  /** Whether the assessment is withheld (the page then lists it under "not published"). */
  sensitive?: boolean;
}

/**
 * Everything the page catalogue reads: the playbook model plus the other collections and
 * indexes. It is built from entries that passed their schemas, so it works while the content
 * still has cross-reference errors (the checker reads it to resolve links); the computed
 * planning model is present only when the content is valid.
 */
export interface SiteModel extends PlaybookModel {
  /** Every collection as read: new kinds of page find their entries here. */
  content: SiteContent;
  objectives: Entry<Objective>[];
  scopes: Entry<Scope>[];
  governance: GovernanceModel;
  /** Plans, KPIs and comms as entries, and stakeholders as ids and owners only, so no assessment can reach search. */
  planning: { plans: Entry<Plan>[]; metrics: Entry<Metric>[]; stakeholders: StakeholderOwner[]; comms: Entry<CommsEntry>[] };
  /** Schedules, budgets and published stakeholders; present when the content is valid (the build). */
  planningModel?: PlanningModel;
  /** Owners with pages due for review, in the order /reviews/ lists them. */
  reviewOwners?: string[];
  /** Element ids an MDX stage body defines (heading slugs, JSX ids), where they are known. */
  stageBodyAnchors?: (stageId: string) => string[];
}

export interface SiteModelOptions {
  planningModel?: PlanningModel;
  reviewOwners?: string[];
  stageBodyAnchors?: (stageId: string) => string[];
}

/** Builds the site model once per build (the pages) or per check (the content checker). */
export function buildSiteModel(content: SiteContent, options: SiteModelOptions = {}): SiteModel {
  const byName = <T extends { data: { name: string } }>(entries: T[]) => [...entries].sort((a, b) => a.data.name.localeCompare(b.data.name));
  return {
    ...buildPlaybookModel(content),
    content,
    objectives: content.objectives,
    scopes: content.scope,
    governance: buildGovernanceModel(content),
    // In the order the planning model (and so the pages) list them.
    planning: {
      plans: [...content.plans].sort((a, b) => a.data.title.localeCompare(b.data.title)),
      metrics: byName(content.metrics),
      stakeholders: byName(content.stakeholders).map(({ id, data }) => ({ id, name: data.name, owner: data.owner, sensitive: data.sensitive })),
      comms: [...content.comms].sort((a, b) => a.data.first.localeCompare(b.data.first) || a.data.title.localeCompare(b.data.title)),
    },
    ...options,
  };
}

/** The planning model, which only a build of valid content has. */
export function computedPlanning(site: SiteModel): PlanningModel {
  if (!site.planningModel) throw new Error('The planning model is built only for valid content; this page data needs it.');
  return site.planningModel;
}
