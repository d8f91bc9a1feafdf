import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { scoringWorksheet } from '../../lib/prioritisation/worksheet.ts';
import type { PrioritisationModel } from '../../schemas/index.ts';
import { loadOrganization } from '../../site/site-data.ts';

// As for the other downloads: one build time, whole seconds.
const builtAt = new Date();
builtAt.setUTCMilliseconds(0);

/** The scoring worksheet of each prioritisation model, at /prioritisation/<id>.xlsx. */
export const getStaticPaths = (async () => {
  const models = await getCollection('prioritisation');
  return models.map((model) => ({ params: { model: model.id }, props: { model: model.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ model: PrioritisationModel }> = async ({ props }) => {
  const organization = await loadOrganization();
  const body = await scoringWorksheet(props.model, { creator: organization.pmoName, created: builtAt });
  return new Response(body, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
