import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceMoment } from '../../lib/dates/source-date.ts';
import { scoringWorksheet } from '../../lib/prioritisation/worksheet.ts';
import type { PrioritisationModel } from '../../schemas/index.ts';
import { loadSite } from '../../site/site-data.ts';

// As for the other downloads: the source date, so that repeated builds write the same file.
const builtAt = sourceMoment(process.env, process.cwd());

/** The scoring worksheet of each prioritisation model, at /prioritisation/<id>.xlsx. */
export const getStaticPaths = (async () => {
  const models = (await loadSite()).model.content.prioritisation;
  return models.map((model) => ({ params: { model: model.id }, props: { model: model.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: PrioritisationModel }> = async ({ props }) => {
  const { organization } = await loadSite();
  const body = await scoringWorksheet(props.model, { creator: organization.pmoName, created: builtAt });
  return new Response(body, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
