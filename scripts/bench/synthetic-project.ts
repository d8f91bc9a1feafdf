// A synthetic playbook for the benchmark: realistic in shape and size, written to the real
// schemas, and the same for the same options (seeded), so that two runs can be compared.
import { parse, stringify } from 'yaml';
import { addMonths } from '../../src/lib/dates/calendar-date.ts';
import { fixtureReviewDate, validContentFiles } from '../../test/helpers/content-fixture.ts';

export interface SyntheticOptions {
  /** Stage pages in total, spread evenly over the playbooks. */
  stages: number;
  playbooks: number;
  /** Roles in total, including the fixture's own. */
  roles: number;
  seed?: number;
  /**
   * A mermaid flowchart in every stage, for measuring the checker and the diagram pipeline.
   * Off for the build benchmark, whose Starlight side renders no diagrams.
   */
  diagrams?: boolean;
}

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same playbook. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return chosen;
  };
  return { next, int, pick, sample };
}

type Random = ReturnType<typeof randomSource>;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const roleAreas = ['Portfolio', 'Programme', 'Project', 'Change', 'Finance', 'Benefits', 'Risk', 'Resource', 'Quality', 'Data', 'Commercial', 'Procurement', 'Depot', 'Fleet', 'Warehouse', 'Technology', 'People', 'Operations', 'Customer', 'Safety'];
const roleLevels = ['Director', 'Manager', 'Lead', 'Analyst', 'Officer'];

const programmeNames = ['Warehouse automation', 'Fleet electrification', 'Customer portal', 'Depot consolidation', 'Route optimisation', 'Finance system replacement', 'Driver safety', 'Cold-chain expansion', 'Cross-dock redesign', 'Telematics upgrade', 'Returns handling', 'Workforce scheduling', 'Data platform', 'Cyber resilience', 'Customs readiness', 'Yard management', 'Carbon reporting', 'Contract renewal', 'Office move', 'Training academy'];
const verbs = ['Prepare', 'Agree', 'Run', 'Review', 'Plan', 'Confirm', 'Baseline', 'Test', 'Launch', 'Close'];
const topics = ['the business case', 'the risk workshop', 'the resource forecast', 'the stage gate', 'supplier onboarding', 'the depot cut-over', 'the change impact assessment', 'the dependency map', 'the lessons log', 'the budget reforecast', 'the benefits profile', 'the readiness review', 'the training plan', 'the data migration', 'the pilot', 'the handover', 'the communications plan', 'the vendor selection', 'the quality review', 'the tolerances'];
const depots = ['Daventry', 'Felixstowe', 'Avonmouth', 'Doncaster', 'Motherwell', 'Thurrock', 'Crewe', 'Bristol'];

// Sentences in the voice of the example playbook; {topic}, {role}, {depot} and {n} are filled in.
const sentences = [
  'Before {topic} starts, the {role} confirms who decides, who is consulted and by when.',
  'Book the sessions early: the people you need at {depot} plan their rotas four weeks ahead.',
  'Keep a single version of {topic} in the PMO library and link to it rather than attaching copies.',
  'Where the evidence is thin, say so plainly and record the gap as a risk with an owner.',
  'A short written summary of {n} lines beats a long deck that nobody reads before the meeting.',
  'The {role} checks the figures against the finance ledger before anything goes to the board.',
  'If the answer changes the plan by more than the agreed tolerance, escalate it the same week.',
  'Use the standard template so that the portfolio board can compare projects like for like.',
  'Ask operations at {depot} what would stop them using the change on day one, and write it down.',
  'Agree the measure, the baseline and the date together; a target without a baseline proves nothing.',
  'Publish the decision and the reasons on the playbook site within two working days.',
  'The {role} reviews progress every fortnight and records any change to scope in the change log.',
  'Keep the RAID log current: closed risks stay visible so that lessons are not lost.',
  'Walk through {topic} with the people who will do the work, not only the people who approve it.',
  'Name one accountable owner for each action; shared ownership usually means no ownership.',
  'Around {n}% of similar projects at Northwind slipped here, usually because dependencies were found late.',
];

const pitfalls = [
  ['Skipping the baseline', 'without a dated starting point nobody can show the change worked.'],
  ['Deciding in the corridor', 'decisions taken outside the agreed forum are reopened at the next board.'],
  ['Too many measures', 'pick the three that the sponsor already cares about and drop the rest.'],
  ['Planning without operations', 'a plan that ignores peak season at the depots will not survive November.'],
  ['Optimistic contingency', 'the last 20 projects used a median of 12% contingency; plan for at least that.'],
  ['Silent dependencies', 'if another project must finish first, put it on the dependency map and tell its manager.'],
];

function paragraph(random: Random, roles: string[], count: number): string {
  return random
    .sample(sentences, count)
    .map((sentence) =>
      sentence
        .replace('{topic}', random.pick(topics))
        .replace('{role}', random.pick(roles))
        .replace('{depot}', random.pick(depots))
        .replace('{n}', String(random.int(5, 45))),
    )
    .join(' ');
}

/** A decision flow, as editors draw one in a stage. */
const decisionFlow = ['```mermaid', 'flowchart LR', '  A[Inputs] --> B{Decision}', '  B -->|Approved| C[Next stage]', '  B -->|Rejected| D[Rework]', '```', ''];

/** `previous` is the slug of the stage before in the playbook, which the body links to. */
function stageBody(random: Random, roleTitles: string[], previous: string | undefined, diagram: boolean): string {
  const steps = random.int(4, 7);
  const parts = ['## Steps', ''];
  for (let step = 1; step <= steps; step++) {
    parts.push(`### ${step}. ${random.pick(verbs)} ${random.pick(topics)}`, '', paragraph(random, roleTitles, random.int(3, 5)), '');
    if (step % 2 === 1) parts.push(...Array.from({ length: random.int(3, 5) }, () => `- ${paragraph(random, roleTitles, 1)}`), '');
  }
  if (diagram) parts.push(...decisionFlow);
  parts.push('## Worked example', '', paragraph(random, roleTitles, 3), '');
  parts.push('| Measure | Baseline | Target | Owner |', '| --- | --- | --- | --- |');
  for (let row = 0; row < random.int(4, 6); row++) {
    parts.push(`| ${random.pick(topics).replace(/^the /, '')} at ${random.pick(depots)} | ${random.int(20, 60)}% | ${random.int(70, 98)}% by Q${random.int(1, 4)} 2027 | ${random.pick(roleTitles)} |`);
  }
  parts.push('', '## Common pitfalls', '');
  for (const [title, text] of random.sample(pitfalls, 4)) parts.push(`- **${title}.** ${text[0].toUpperCase()}${text.slice(1)}`);
  parts.push('', '## Before the review meeting', '');
  for (let item = 0; item < 4; item++) parts.push(`- [ ] ${paragraph(random, roleTitles, 1)}`);
  parts.push('', '## When this stage is done', '', paragraph(random, roleTitles, 3), '');
  parts.push(previous ? `Start only once [the previous stage's checklist](../${previous}/#checklist) is complete.` : 'This is the first stage: start from [the playbook overview](../).', '');
  return parts.join('\n');
}

interface GeneratedRole {
  id: string;
  title: string;
}

function generatedRoles(count: number, reportsToTop: string): { roles: GeneratedRole[]; files: Record<string, string> } {
  const roles: GeneratedRole[] = [];
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++) {
    const title = `${roleAreas[index % roleAreas.length]} ${roleLevels[Math.floor(index / roleAreas.length) % roleLevels.length]}${index >= roleAreas.length * roleLevels.length ? ` ${Math.floor(index / (roleAreas.length * roleLevels.length)) + 1}` : ''}`;
    const id = slug(title);
    // A tree: each role reports to one created before it, so there is never a loop.
    const reportsTo = index === 0 ? reportsToTop : roles[Math.floor((index - 1) / 5)].id;
    roles.push({ id, title });
    files[`content/roles/${id}.yaml`] = stringify({
      id,
      title,
      summary: `Looks after ${title.split(' ')[0].toLowerCase()} matters across Northwind's change portfolio and keeps the PMO informed.`,
      responsibilities: [`Own the ${title.split(' ')[0].toLowerCase()} view of every in-scope project.`, 'Review the monthly portfolio report and act on the exceptions.', 'Keep the relevant templates in the PMO library current.'],
      reportsTo,
      skills: ['Clear written communication', 'Working knowledge of the Northwind project lifecycle'],
      timeCommitment: index % 3 === 0 ? 'Full-time' : 'Two days a month',
      review: { owner: reportsTo, lastReviewed: addMonths(fixtureReviewDate, -2), reviewEveryMonths: 12 },
    });
  }
  return { roles, files };
}

function stageFile(random: Random, stage: number, roles: GeneratedRole[], titleOf: Map<string, string>, share: GeneratedRole[], previous: string | undefined, diagram: boolean): { slug: string; text: string } {
  const title = `${random.pick(verbs)} ${random.pick(topics)}`;
  // Its share of the roles first, so every role takes part in some stage, as in a real playbook.
  const taking = [...new Set([...share, ...random.sample(roles, random.int(4, 6))])];
  const owner = taking[0];
  const roleTitles = taking.map((role) => titleOf.get(role.id)!);
  // Reviewed up to eight months ago, dated from the run's today so that none falls overdue as the calendar moves.
  const lastReviewed = addMonths(fixtureReviewDate, -random.int(0, 8));
  const frontmatter = {
    stage,
    title,
    summary: `${title} so that the next stage starts from an agreed, evidenced position.`,
    purpose: paragraph(random, roleTitles, 3),
    owner: owner.id,
    lastReviewed,
    reviewEveryMonths: 12,
    inputs: Array.from({ length: random.int(3, 5) }, () => `${random.pick(topics).replace(/^the /, 'The ')} from the previous stage`),
    // Named for their stage, since two stages of a playbook never produce the same output.
    outputs: Array.from({ length: random.int(2, 4) }, (_, index) => ({ name: `${random.pick(topics).replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())} ${stage}.${index + 1}`, description: paragraph(random, roleTitles, 1) })),
    roles: taking.map((role) => role.id),
    checklist: Array.from({ length: random.int(6, 10) }, (_, index) => ({
      id: `item-${index + 1}`,
      text: paragraph(random, roleTitles, 1),
      owner: random.pick(taking).id,
      evidence: `${random.pick(topics).replace(/^the /, 'The ')} filed in the PMO library`,
      ...(index % 4 === 3 ? { required: false } : {}),
    })),
  };
  return { slug: `${slug(title)}-${stage}`, text: `---\n${stringify(frontmatter)}---\n\n${stageBody(random, roleTitles, previous, diagram)}` };
}

/**
 * Files of a synthetic project. The small valid fixture supplies everything that is not a role
 * or a playbook (organization, objectives, scope, and whatever later issues add there), so
 * the benchmark keeps following the schemas as they grow.
 */
export function syntheticProjectFiles({ stages, playbooks, roles: roleCount, seed = 1, diagrams = false }: SyntheticOptions): Record<string, string> {
  if (stages < playbooks) throw new Error(`Need at least one stage per playbook (${stages} stages, ${playbooks} playbooks).`);
  const random = randomSource(seed);
  const fixture = validContentFiles();
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(fixture)) if (!path.startsWith('playbooks/')) files[path] = text;
  const fixtureRoleIds = Object.keys(fixture)
    .filter((path) => path.startsWith('content/roles/'))
    .map((path) => path.slice('content/roles/'.length, -'.yaml'.length));
  const generated = generatedRoles(roleCount - fixtureRoleIds.length, fixtureRoleIds[0]);
  Object.assign(files, generated.files);
  const fixtureRoles = fixtureRoleIds.map((id) => ({ id, title: (parse(fixture[`content/roles/${id}.yaml`]) as { title: string }).title }));
  const allRoles = [...fixtureRoles, ...generated.roles];
  const titleOf = new Map(allRoles.map((role) => [role.id, role.title]));

  const stageIds: string[] = [];
  let stagesWritten = 0;
  for (let book = 0; book < playbooks; book++) {
    const name = `${programmeNames[book % programmeNames.length]}${book >= programmeNames.length ? ` ${Math.floor(book / programmeNames.length) + 1}` : ''}`;
    const folder = `playbooks/${slug(name)}`;
    files[`${folder}/playbook.yaml`] = stringify({
      title: `${name} delivery`,
      summary: `How Northwind runs the ${name.toLowerCase()} work from approval to handover.`,
      audience: 'Project managers, sponsors and the PMO team working on this programme',
      owner: random.pick(generated.roles).id,
      order: book + 1,
      review: { owner: generated.roles[0].id, lastReviewed: addMonths(fixtureReviewDate, -2), reviewEveryMonths: 12 },
    });
    const count = Math.floor(stages / playbooks) + (book < stages % playbooks ? 1 : 0);
    let previous: string | undefined;
    for (let stage = 1; stage <= count; stage++, stagesWritten++) {
      const share = allRoles.slice(Math.floor((stagesWritten * allRoles.length) / stages), Math.floor(((stagesWritten + 1) * allRoles.length) / stages));
      const { slug: stageSlug, text } = stageFile(random, stage, generated.roles, titleOf, share, previous, diagrams);
      files[`${folder}/${stageSlug}.mdx`] = text;
      stageIds.push(`${slug(name)}/${stageSlug}`);
      previous = stageSlug;
    }
  }
  Object.assign(files, raidFiles(random, stageIds, generated.roles));
  return files;
}

/**
 * A RAID log in proportion to the playbooks: a risk for every fifth stage and an issue for
 * every tenth, scored on a five-by-five matrix, so the RAID log pages and downloads grow with
 * the site.
 */
function raidFiles(random: Random, stageIds: string[], roles: GeneratedRole[]): Record<string, string> {
  const files: Record<string, string> = {};
  const point = (value: number) => ({ value, label: `Level ${value}`, description: `Point ${value} of the scale.` });
  files['content/governance/risk-matrix.yaml'] = stringify({
    summary: 'Probability times impact on a five-point scale each.',
    probability: [1, 2, 3, 4, 5].map(point),
    impact: [1, 2, 3, 4, 5].map(point),
    bands: [
      { label: 'Low', from: 1, to: 4, rag: 'green', response: 'Monitor monthly.' },
      { label: 'Medium', from: 5, to: 9, rag: 'amber', response: 'Actions in the log.' },
      { label: 'High', from: 10, to: 25, rag: 'red', response: 'Escalate.' },
    ],
  });
  const number = (index: number) => String(index + 1).padStart(3, '0');
  stageIds.filter((_, index) => index % 5 === 0).forEach((stage, index) => {
    const owner = random.pick(roles).id;
    files[`content/raid/risks/r${number(index)}.yaml`] = stringify({
      id: `r${number(index)}`,
      title: `${random.pick(topics).replace(/^the /, 'The ')} arrives late`,
      belongsTo: { stage },
      owner,
      raised: '2026-10-01',
      cause: `The ${random.pick(depots)} team is also running the winter peak.`,
      event: 'The work slips past its gate.',
      effect: 'The next stage starts without its inputs.',
      probability: random.int(1, 5),
      impact: random.int(1, 5),
      escalationLevel: 'project-manager',
      proximity: '2099-03-31',
      response: 'reduce',
      actions: [{ action: 'Agree a recovery plan with the sponsor', owner, due: '2099-01-29' }],
      status: 'open',
    });
  });
  stageIds.filter((_, index) => index % 10 === 0).forEach((stage, index) => {
    files[`content/raid/issues/i${number(index)}.yaml`] = stringify({
      id: `i${number(index)}`,
      title: `${random.pick(topics).replace(/^the /, 'The ')} is missing`,
      belongsTo: { stage },
      owner: random.pick(roles).id,
      raised: '2026-11-02',
      description: 'Two business units have not sent their figures.',
      priority: 'high',
      due: '2099-02-26',
      status: 'open',
    });
  });
  return files;
}
