import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Whether a test file reads the example site, which global setup builds in the background. */
const readsExampleSite = (spec: TestSpecification) => readFileSync(spec.moduleId, 'utf8').includes('exampleSiteDir(');

/**
 * Files started first, in this order, among those that wait for the example, so that the two
 * workers end together: the one that takes far longest, then those whose work is mostly one
 * long child process (a build, the Nu HTML Checker's Java) that keeps only one core busy.
 * vitest orders by the last run's durations, but a clean checkout has none and falls back to
 * file size, which started the longest file last and left such a file running alone at the end
 * of a run (the Java check for its last 7 s; with that moved, the freshness build for 5 s).
 */
const leadFiles = ['test/browser/every-page.test.ts', 'test/build/reproducible.test.ts', 'test/build/freshness.test.ts', 'test/build/html-validity.test.ts'];

/**
 * vitest's order (longest or largest file first), except that within a group the unit files go
 * first, then the files that build their own fixtures, then those that wait for the example site,
 * `leadFiles` first: the workers keep busy while the example builds, and both end together.
 */
export default class RunOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => (spec.project.name === 'unit' ? 0 : readsExampleSite(spec) ? 2 : 1);
    const lead = (spec: TestSpecification) => {
      const position = leadFiles.findIndex((file) => spec.moduleId.endsWith(file));
      return position === -1 ? leadFiles.length : position;
    };
    const sorted = (await super.sort(files)).map((spec, index) => ({ spec, index, group: spec.project.config.sequence.groupOrder, rank: rank(spec), lead: lead(spec) }));
    sorted.sort((a, b) => a.group - b.group || a.rank - b.rank || a.lead - b.lead || a.index - b.index);
    return sorted.map(({ spec }) => spec);
  }
}
