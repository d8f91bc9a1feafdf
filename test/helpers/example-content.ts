import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { projectRoot } from './project.ts';

/**
 * The example's content as the checker reads it. Browser tests take what they expect to see from
 * here, not from the site code they test; read once per worker, which keeps modules between files.
 */
export const exampleContent = validateContent(projectRoot).content;

export const exampleOrganization = exampleContent.organization[0].data;

const roleById = new Map(exampleContent.roles.map((role) => [role.id, role.data]));

/** The title of a role, by id. */
export function roleTitle(roleId: string): string {
  const role = roleById.get(roleId);
  if (!role) throw new Error(`No role ${roleId} in the example content`);
  return role.title;
}

/** The example's first playbook (lowest `order`), with its stages in stage order. */
export function firstPlaybook() {
  const playbook = [...exampleContent.playbooks].sort((a, b) => a.data.order - b.data.order)[0];
  const stages = exampleContent.stages.filter((stage) => stage.id.startsWith(`${playbook.id}/`)).sort((a, b) => a.data.stage - b.data.stage);
  return { ...playbook, stages };
}

/** The `## ` headings of a stage's Markdown body, in order. */
export function bodyHeadings(stageId: string): string[] {
  const source = readFileSync(join(projectRoot, 'playbooks', `${stageId}.mdx`), 'utf8');
  const body = source.slice(source.indexOf('\n---', 3) + 4);
  return [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
}
