import type { APIRoute, GetStaticPaths } from 'astro';
import { contentTypes, downloadFiles, renderDownload, type DownloadFile } from '../../lib/downloads/catalogue.ts';
import { sourceMoment } from '../../lib/dates/source-date.ts';
import { loadSite } from '../../site/site-data.ts';

// One moment for every file, from the commit (see sourceMoment), so rebuilding a commit repeats it byte for byte.
const builtAt = sourceMoment(process.env, process.cwd());

/** Every file of every download set, written to /downloads/<name> at build time. */
export const getStaticPaths = (async () => {
  const { downloads: sets } = await loadSite();
  return sets.flatMap(downloadFiles).map((file) => ({ params: { file: file.name }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DownloadFile }> = async ({ props }) => {
  const body = await renderDownload(props.file, builtAt);
  return new Response(body, { headers: { 'Content-Type': contentTypes[props.file.format] } });
};
