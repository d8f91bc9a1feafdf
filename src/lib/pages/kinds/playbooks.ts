import { playbookStageFlow } from '../../diagrams/page-diagrams.ts';
import type { PlaybookSummary, StageSummary } from '../../playbook/playbook-model.ts';
import { partWords } from '../../playbook/playbook-words.ts';
import { bodyHeadings, pageKind } from '../page-kind.ts';
import { roleTitles, stageFilterValue } from '../search-facets.ts';
import type { SiteModel } from '../site-model.ts';
import { improvementStageSections } from './improvement.ts';
import { stagesWithDocuments } from '../../templates/template-pages.ts';

/** A stage page's source: the stage and the playbook it belongs to. */
export interface StagePage {
  playbook: PlaybookSummary;
  stage: StageSummary;
}

const stagePages = (site: SiteModel): StagePage[] => site.playbooks.flatMap((playbook) => playbook.stages.map((stage) => ({ playbook, stage })));
const stageParams = ({ playbook, stage }: StagePage) => ({ playbook: playbook.id, stage: stage.slug });

/** Id of a stage's printable sheet, the same on its checklist page and in the booklet. */
export const checklistSheetId = (playbookId: string, stageSlug: string) => `sheet-${playbookId}-${stageSlug}`;

/** Stages whose page has the "Plans and communications" section. */
function hasPlanningLinks(site: SiteModel, stageId: string): boolean {
  return [...site.planning.plans, ...site.planning.comms].some((entry) => entry.data.stages.includes(stageId));
}

export const playbook = pageKind({
  route: '/playbooks/[playbook]/',
  pages: (site) => site.playbooks,
  params: (playbook: PlaybookSummary) => ({ playbook: playbook.id }),
  tableOfContents: false,
  title: (playbook) => playbook.data.title,
  sections: (playbook: PlaybookSummary) => [
    { id: 'stages', heading: partWords(playbook.data).Many },
    { id: 'on-paper', heading: 'On paper' },
  ],
  diagrams: (playbook) => ({ stageFlow: playbookStageFlow(playbook) }),
  search: {
    label: 'Playbook',
    groupHeading: 'Playbooks',
    describe: (playbook, site) => ({ playbooks: [playbook.data.title], stages: [], roles: roleTitles(site, [playbook.data.owner]) }),
  },
});

export const booklet = pageKind({
  route: '/playbooks/[playbook]/booklet/',
  pages: (site) => site.playbooks,
  params: (playbook: PlaybookSummary) => ({ playbook: playbook.id }),
  title: (playbook) => `${playbook.data.title}: printable checklists`,
  anchors: (playbook) => ['booklet-title', ...playbook.stages.map((stage) => checklistSheetId(playbook.id, stage.slug))],
});

export const stage = pageKind({
  route: '/playbooks/[playbook]/[stage]/',
  pages: stagePages,
  params: stageParams,
  title: ({ stage }) => stage.data.title,
  sections: ({ stage }, site) => {
    const governance = site.governance.byStage.get(stage.id);
    return [
      { id: 'purpose', heading: 'Purpose' },
      ...(stage.data.keyQuestions?.length ? [{ id: 'key-questions', heading: 'Key questions' }] : []),
      { id: 'inputs-and-outputs', heading: 'Inputs and outputs' },
      { id: 'inputs-heading', heading: 'Inputs', depth: 3 },
      { id: 'outputs-heading', heading: 'Outputs and deliverables', depth: 3 },
      { id: 'who-takes-part', heading: 'Who takes part' },
      ...(governance
        ? [
            { id: 'governance', heading: 'Governance' },
            ...(governance.matrices.length > 0 ? [{ id: 'governance-matrices', heading: 'RACI matrices', depth: 3 as const }] : []),
            ...(governance.forums.length > 0 ? [{ id: 'governance-forums', heading: 'Decision forums', depth: 3 as const }] : []),
          ]
        : []),
      bodyHeadings,
      ...(hasPlanningLinks(site, stage.id) ? [{ id: 'templates', heading: 'Plans and communications' }] : []),
      ...(stagesWithDocuments(site.content).has(stage.id) ? [{ id: 'documents', heading: 'Documents' }] : []),
      ...improvementStageSections(site, stage.id),
      { id: 'checklist', heading: 'Checklist' },
    ];
  },
  anchors: ({ stage }, site) => [...stage.data.checklist.map((item) => `item-${item.id}`), ...(site.stageBodyAnchors?.(stage.id) ?? [])],
  search: {
    label: 'Stage',
    groupHeading: 'Stages',
    describe: ({ playbook, stage }, site) => ({
      playbooks: [playbook.data.title],
      stages: [stageFilterValue(playbook, stage)],
      roles: roleTitles(site, [stage.data.owner, ...stage.data.roles]),
      stage: { number: stage.data.stage, label: `${playbook.data.title}, ${partWords(playbook.data).one}${partWords(playbook.data).ordered ? ` ${stage.data.stage}` : `: ${stage.data.title}`}` },
    }),
  },
});

export const stageChecklist = pageKind({
  route: '/playbooks/[playbook]/[stage]/checklist/',
  pages: stagePages,
  params: stageParams,
  title: ({ stage }) => `${stage.data.title}: printable checklist`,
  anchors: ({ playbook, stage }) => [checklistSheetId(playbook.id, stage.slug)],
});
