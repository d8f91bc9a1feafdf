import { levelsFor, limitedDimensions, narrowings } from '../governance/escalation.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { FieldPath, Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { closestMatch } from './suggest.ts';

interface NamedReference {
  entry: SourcedEntry<unknown>;
  path: FieldPath;
  id: string;
  context: string;
}

/** Every place that names a stage as "<playbook>/<stage>". */
function stageReferences(content: ContentSet): NamedReference[] {
  return [
    ...content.raci.flatMap((matrix) => matrix.data.stages.map((id, i) => ({ entry: matrix, path: ['stages', i], id, context: `matrix "${matrix.id}"` }))),
    ...content.forums.flatMap((forum) => forum.data.stages.map((id, i) => ({ entry: forum, path: ['stages', i], id, context: `forum "${forum.id}"` }))),
    ...content.plans.flatMap((plan) => plan.data.stages.map((id, i) => ({ entry: plan, path: ['stages', i], id, context: `plan "${plan.id}"` }))),
    ...content.comms.flatMap((entry) => entry.data.stages.map((id, i) => ({ entry, path: ['stages', i], id, context: `communication "${entry.id}"` }))),
    ...content.templates.flatMap((entry) => entry.data.stages.map((id, i) => ({ entry, path: ['stages', i], id, context: `template "${entry.id}"` }))),
  ];
}

/** Every place that names a forum. */
function forumReferences(content: ContentSet): NamedReference[] {
  const references: NamedReference[] = [];
  for (const forum of content.forums) {
    if (forum.data.escalatesTo !== undefined) references.push({ entry: forum, path: ['escalatesTo'], id: forum.data.escalatesTo, context: `escalation route of the forum "${forum.id}"` });
  }
  for (const matrix of content.raci) {
    matrix.data.forums.forEach((id, i) => references.push({ entry: matrix, path: ['forums', i], id, context: `matrix "${matrix.id}"` }));
  }
  for (const escalation of content.escalation) {
    escalation.data.levels.forEach((level, i) => {
      if (level.decidedBy.forum !== undefined) references.push({ entry: escalation, path: ['levels', i, 'decidedBy', 'forum'], id: level.decidedBy.forum, context: `escalation level "${level.id}"` });
    });
  }
  return references;
}

/** Stages named by matrices, forums, plans, communications and templates exist. */
export function governanceStagesExist(content: ContentSet): Problem[] {
  const known = content.declared.stages;
  return stageReferences(content)
    .filter((reference) => !known.has(reference.id))
    .map(({ entry, path, id, context }) => {
      // A right stage file under the wrong playbook folder is as likely as a typo.
      const sameSlug = [...known].filter((stageId) => stageId.split('/')[1] === id.split('/')[1]);
      const suggestion = closestMatch(id, known) ?? (sameSlug.length === 1 ? sameSlug[0] : undefined);
      return problemAt(
        entry,
        path,
        'reference/stage',
        `Unknown stage "${id}" (${context}).`,
        suggestion
          ? `Did you mean "${suggestion}"? A stage is "<playbook>/<stage>": the folder in playbooks/ and the file name without .mdx.`
          : `Write "<playbook>/<stage>": the folder in playbooks/ and the stage file name without .mdx, for example "${[...known].sort()[0] ?? 'pmo-setup/establish-governance'}".`,
      );
    });
}

/** Forums named as escalation targets, by matrices and by escalation levels exist. */
export function forumsExist(content: ContentSet): Problem[] {
  const known = new Set([...content.declared.forums, ...content.forums.map((forum) => forum.data.id)]);
  return forumReferences(content)
    .filter((reference) => !known.has(reference.id))
    .map(({ entry, path, id, context }) => {
      const suggestion = closestMatch(id, known);
      return problemAt(
        entry,
        path,
        'reference/forum',
        `Unknown forum "${id}" (${context}).`,
        suggestion
          ? `Did you mean "${suggestion}"? Forum ids are the file names in content/governance/forums/.`
          : `Use the id of a forum in content/governance/forums/ (${[...known].sort().join(', ') || 'none yet'}), or add content/governance/forums/${id}.yaml.`,
      );
    });
}

/** Escalation routes between forums end at a top forum instead of going round in a loop. */
export function escalationHasNoLoop(content: ContentSet): Problem[] {
  const target = new Map(content.forums.map((forum) => [forum.data.id, forum.data.escalatesTo]));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const forum of content.forums) {
    const chain = [forum.data.id];
    let next = forum.data.escalatesTo;
    while (next !== undefined && target.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = target.get(next);
    }
    if (next !== forum.data.id) continue;
    const loopKey = [...chain].sort().join(',');
    if (reported.has(loopKey)) continue;
    reported.add(loopKey);
    problems.push(
      problemAt(
        forum,
        ['escalatesTo'],
        'governance/escalation-loop',
        chain.length === 1 ? `The forum "${forum.data.id}" escalates to itself.` : `Escalation routes form a loop: ${[...chain, forum.data.id].join(' → ')}.`,
        'Point escalatesTo at a forum above this one, and leave it out on the top forum (the one that takes what nobody else can).',
      ),
    );
  }
  return problems;
}

/** A quorum can only require people who sit on the forum. */
export function quorumRolesSitOnForum(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const forum of content.forums) {
    const seated = new Set([forum.data.chair, ...forum.data.members]);
    forum.data.quorum.requires.forEach((roleId, index) => {
      // An unknown role is already an error of its own.
      if (seated.has(roleId) || !content.declared.roles.has(roleId)) return;
      problems.push(
        problemAt(
          forum,
          ['quorum', 'requires', index],
          'governance/quorum-role',
          `The quorum of the forum "${forum.data.id}" requires "${roleId}", who is neither its chair nor a member, so it could never be met.`,
          `Add ${roleId} to members, or remove it from quorum.requires.`,
        ),
      );
    });
  }
  return problems;
}

/**
 * The escalation ladder gives every situation one answer: level ids are unique, each level
 * allows at least as much as the one below it, and the top level has no limits.
 */
export function escalationLevelsWiden(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const escalation of content.escalation) {
    const { levels } = escalation.data;
    const seen = new Set<string>();
    levels.forEach((level, index) => {
      if (seen.has(level.id)) {
        problems.push(problemAt(escalation, ['levels', index, 'id'], 'governance/duplicate-level', `The escalation level "${level.id}" appears twice.`, 'Give each level its own id.'));
      }
      seen.add(level.id);
      const below = levels[index - 1];
      if (!below) return;
      for (const narrowing of narrowings(below.tolerances, level.tolerances)) {
        problems.push(
          problemAt(
            escalation,
            ['levels', index, 'tolerances', ...narrowing.field],
            'governance/tolerance-order',
            `Tolerances must widen going up: the level "${level.id}" ${narrowing.message} (level "${below.id}").`,
            `Widen ${narrowing.field.join('.')} on "${level.id}" to at least what "${below.id}" allows, or tighten "${below.id}". Levels are listed lowest first.`,
          ),
        );
      }
    });
    const top = levels.at(-1);
    const limited = top ? limitedDimensions(top.tolerances) : [];
    if (top && limited.length > 0) {
      problems.push(
        problemAt(
          escalation,
          ['levels', levels.length - 1, 'tolerances', limited[0]],
          'governance/escalation-top',
          `The top level "${top.id}" sets limits on ${limited.join(', ')}, so a situation beyond them would have nobody to decide it.`,
          `Remove ${limited.map((dimension) => `tolerances.${dimension}`).join(', ')} from "${top.id}": the top level takes whatever the levels below cannot.`,
        ),
      );
    }
    // A project outside any programme must still reach the top through the other levels.
    if (levels.length > 0 && levelsFor(levels, false).length === 0) {
      problems.push(
        problemAt(escalation, ['levels'], 'governance/escalation-top', 'Every level is marked programmeWorkOnly, so projects outside a programme have no level to decide for them.', 'Set programmeWorkOnly: false (or leave it out) on every level that is not just for programmes.'),
      );
    }
  }
  return problems;
}
