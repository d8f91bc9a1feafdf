import { type Glossary, buildGlossary } from '../lib/glossary/glossary.ts';
import { loadSite } from './site-data.ts';

let glossary: Promise<Glossary> | undefined;

/** The glossary, sorted and indexed once per build and shared by the glossary page and every <Term>. */
export function loadGlossary(): Promise<Glossary> {
  glossary ??= loadSite().then((site) => buildGlossary(site.model.content.glossary));
  return glossary;
}
