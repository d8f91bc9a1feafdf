import { buildDate } from '../lib/dates/calendar-date.ts';
import { sourceMoment } from '../lib/dates/source-date.ts';
import { buildChecklistSheet, type ChecklistSheet } from '../lib/checklist/sheet.ts';
import { pageTitles } from '../lib/pages/catalogue.ts';
import { routes } from '../lib/pages/routes.ts';
import { partWords } from '../lib/playbook/playbook-words.ts';
import type { SiteModel } from '../lib/pages/site-model.ts';

/** Every stage's checklist sheet by stage id ("<playbook>/<stage>"). */
export function buildChecklistSheets(site: SiteModel, base: string): Map<string, ChecklistSheet> {
  const pages = pageTitles(site);
  // An unknown role only reaches here in `npm run dev` with content errors, which the overlay reports; the id stands in.
  const roleTitle = (roleId: string) => site.roleById.get(roleId)?.data.title ?? roleId;
  return new Map(
    site.playbooks.flatMap((playbook) =>
      playbook.stages.map((stage) => [
        stage.id,
        buildChecklistSheet({
          playbook: { id: playbook.id, title: playbook.data.title, ...(playbook.data.checklistFor ? { checklistFor: playbook.data.checklistFor } : {}) },
          words: partWords(playbook.data),
          stage: { slug: stage.slug, path: routes.stage(playbook.id, stage.slug), number: stage.data.stage, title: stage.data.title, owner: stage.data.owner, checklist: stage.data.checklist, keyQuestions: stage.data.keyQuestions },
          roleTitle,
          pages,
          base,
        }),
      ]),
    ),
  );
}

/** The print date of the paper checklists: the day of the build (see buildDate). */
export const printDate = buildDate(process.env, sourceMoment(process.env, process.cwd()));
