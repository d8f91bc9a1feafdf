import type { Organization } from '../../schemas/index.ts';

/**
 * The address that opens a file in the repository's web editor. GitLab puts "/-/" before its
 * routes; GitHub, Gitea and Forgejo use the same /edit/<branch>/<path> shape.
 */
export function editUrl(repository: Organization['repository'], file: string): string {
  const base = repository.url.replace(/\/+$/, '').replace(/\.git$/, '');
  const path = file.split('/').map(encodeURIComponent).join('/');
  const isGitLab = new URL(base).hostname.includes('gitlab');
  return `${base}${isGitLab ? '/-' : ''}/edit/${repository.branch}/${path}`;
}
