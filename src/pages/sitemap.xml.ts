import type { APIRoute } from 'astro';
import { sitePages } from '../lib/pages/catalogue.ts';
import { sitemapXml } from '../lib/pages/sitemap.ts';
import { href, loadSite } from '../site/site-data.ts';

/** /sitemap.xml: every page of the page catalogue, at the address the site is deployed to. */
export const GET: APIRoute = async ({ site }) => {
  const { model } = await loadSite();
  const urls = sitePages(model).map((page) => new URL(href(page.path), site).href);
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
