import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Whether a test file reads the example site, which global setup builds in the background. */
const readsExampleSite = (spec: TestSpecification) => readFileSync(spec.moduleId, 'utf8').includes('exampleSiteDir(');

/**
 * vitest's order (longest or largest file first), except that within a group the unit files go
 * first, then the files that build their own fixtures, then those that wait for the example site:
 * the workers keep busy while the example builds.
 */
export default class RunOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => (spec.project.name === 'unit' ? 0 : readsExampleSite(spec) ? 2 : 1);
    const sorted = (await super.sort(files)).map((spec, index) => ({ spec, index, group: spec.project.config.sequence.groupOrder, rank: rank(spec) }));
    sorted.sort((a, b) => a.group - b.group || a.rank - b.rank || a.index - b.index);
    return sorted.map(({ spec }) => spec);
  }
}
