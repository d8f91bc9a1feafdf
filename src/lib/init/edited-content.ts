/** The first line of an organization file that `npm run init` wrote. */
export const initMarker = '# Created by npm run init';

/**
 * Why replacing content/ and playbooks/ could lose someone's work, or undefined when it
 * cannot: a previous `npm run init` (its output may have been edited since) or changes git
 * has not committed.
 */
export function editedContentReason(organizationFile: string | undefined, uncommitted: string[]): string | undefined {
  if (organizationFile?.startsWith(initMarker)) return 'content/ was already created by npm run init and may have been edited since.';
  if (uncommitted.length > 0) {
    const listed = uncommitted.slice(0, 5).join(', ');
    return `content/ and playbooks/ have changes git has not committed (${listed}${uncommitted.length > 5 ? ', ...' : ''}).`;
  }
  return undefined;
}
