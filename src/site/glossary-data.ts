import { getCollection } from 'astro:content';
import { type Glossary, buildGlossary } from '../lib/glossary/glossary.ts';

let glossary: Promise<Glossary> | undefined;

/** The glossary, sorted and indexed once per build and shared by the glossary page and every <Term>. */
export function loadGlossary(): Promise<Glossary> {
  glossary ??= getCollection('glossary').then(buildGlossary);
  return glossary;
}
