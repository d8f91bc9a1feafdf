import { buildDate } from '../lib/build-date.ts';
import { buildChecklistSheet, type ChecklistSheet } from '../lib/checklist/sheet.ts';
import { pageTitles } from '../lib/page-titles.ts';
import { partWords } from '../lib/playbook-words.ts';
import { loadGovernanceModel } from './governance-data.ts';
import { loadPlaybookModel } from './site-data.ts';

let sheets: Promise<Map<string, ChecklistSheet>> | undefined;

/** Every stage's checklist sheet by stage id ("<playbook>/<stage>"), built once per build. */
export function loadChecklistSheets(): Promise<Map<string, ChecklistSheet>> {
  sheets ??= Promise.all([loadPlaybookModel(), loadGovernanceModel()]).then(([{ playbooks, roles, roleById }, governance]) => {
    const pages = pageTitles({
      raciMatrices: governance.matrices.map((matrix) => ({ id: matrix.id, title: matrix.data.title })),
      playbooks: playbooks.map((playbook) => ({ id: playbook.id, title: playbook.data.title })),
      stages: playbooks.flatMap((playbook) => playbook.stages.map((stage) => ({ id: stage.id, title: stage.data.title }))),
      roles: roles.map((role) => ({ id: role.id, title: role.data.title })),
    });
    const roleTitle = (roleId: string) => roleById.get(roleId)!.data.title;
    return new Map(
      playbooks.flatMap((playbook) =>
        playbook.stages.map((stage) => [
          stage.id,
          buildChecklistSheet({
            playbook: { id: playbook.id, title: playbook.data.title, ...(playbook.data.checklistFor ? { checklistFor: playbook.data.checklistFor } : {}) },
            words: partWords(playbook.data),
            stage: { slug: stage.slug, number: stage.data.stage, title: stage.data.title, owner: stage.data.owner, checklist: stage.data.checklist, keyQuestions: stage.data.keyQuestions },
            roleTitle,
            pages,
            base: import.meta.env.BASE_URL,
          }),
        ]),
      ),
    );
  });
  return sheets;
}

/** The print date of the paper checklists: the day of the build (see buildDate). */
export const printDate = buildDate(process.env);
