import { readFileSync } from 'node:fs';
import { chromiumFlags } from '../../lib/chromium/find-chromium.ts';
import { mermaidConfig, renderId, renderViewport } from '../../lib/diagrams/render-config.ts';

export interface RenderJob {
  key: string;
  source: string;
}

export interface RenderOutcome {
  key: string;
  svg?: string;
  /** Mermaid's own message when it could not render the source. */
  error?: string;
}

export interface RenderRun {
  outcomes: RenderOutcome[];
  /** Browser start and mermaid load, in milliseconds. */
  startMs: number;
  renderMs: number;
}

/** Diagrams per round trip to the page: large enough to be cheap, small enough to report progress. */
const batchSize = 25;

/** The blank page mermaid renders in, and its script, answered from disk; nothing else is. */
const renderOrigin = 'http://diagrams.invalid';
const renderPage = '<!doctype html><html><head><meta charset="utf-8"><script src="/mermaid.min.js"></script></head><body style="margin:0"></body></html>';

/**
 * Renders diagrams with mermaid in ONE headless Chromium: a blank page loads mermaid.min.js
 * from disk (every other request is refused), then the sources are rendered one after another
 * in batches. Each render uses the same root id, so an SVG depends only on its source.
 */
export async function renderInChromium(jobs: readonly RenderJob[], options: { chromiumPath: string; mermaidScript: string; onBatch?: (done: number) => void }): Promise<RenderRun> {
  const started = performance.now();
  // Loaded here, not at the top: a build whose diagrams are all cached never needs it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: chromiumFlags });
  try {
    const context = await browser.newContext({ viewport: renderViewport });
    // As the page's own script, Chromium compiles mermaid's 3 MB while it streams in; sent as
    // script text it took 1.2 to 1.7 s longer (`npm run bench:diagrams`, browser start).
    const mermaidScript = readFileSync(options.mermaidScript);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${renderOrigin}/`) return route.fulfill({ body: renderPage, contentType: 'text/html' });
      if (url === `${renderOrigin}/mermaid.min.js`) return route.fulfill({ body: mermaidScript, contentType: 'text/javascript' });
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${renderOrigin}/`);
    await page.evaluate((config) => (window as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config), mermaidConfig);
    const loaded = performance.now();

    const outcomes: RenderOutcome[] = [];
    for (let start = 0; start < jobs.length; start += batchSize) {
      const batch = jobs.slice(start, start + batchSize);
      outcomes.push(...(await page.evaluate(renderBatch, { batch, id: renderId })));
      options.onBatch?.(outcomes.length);
    }
    return { outcomes, startMs: loaded - started, renderMs: performance.now() - loaded };
  } finally {
    await browser.close();
  }
}

/** Runs inside the page. */
async function renderBatch({ batch, id }: { batch: RenderJob[]; id: string }): Promise<RenderOutcome[]> {
  // Defined in here: page.evaluate sends only this function's text to the browser.
  /**
   * Mermaid sizes some diagrams (gantt) to the page width and lets labels
   * placed beside a bar run past the left or right edge; the viewBox is widened to everything
   * drawn, so no label is clipped.
   */
  function fitViewBox(svg: string): string {
    const holder = document.createElement('div');
    holder.innerHTML = svg;
    document.body.append(holder);
    const root = holder.querySelector('svg');
    try {
      const view = root?.viewBox.baseVal;
      if (!root || !view || view.width === 0) return svg;
      const drawn = root.getBBox();
      const left = Math.floor(Math.min(view.x, drawn.x));
      const top = Math.floor(Math.min(view.y, drawn.y));
      const right = Math.ceil(Math.max(view.x + view.width, drawn.x + drawn.width));
      const bottom = Math.ceil(Math.max(view.y + view.height, drawn.y + drawn.height));
      if (left === view.x && top === view.y && right === view.x + view.width && bottom === view.y + view.height) return svg;
      root.setAttribute('viewBox', `${left} ${top} ${right - left} ${bottom - top}`);
      // A fixed width (gantt) grows with the picture, so the text keeps its size.
      const width = root.getAttribute('width');
      if (width && /^\d+(\.\d+)?$/.test(width)) root.setAttribute('width', String(Math.ceil((Number(width) * (right - left)) / view.width)));
      return root.outerHTML;
    } finally {
      holder.remove();
    }
  }

  const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
  const results: RenderOutcome[] = [];
  for (const job of batch) {
    try {
      const { svg } = await mermaid.render(id, job.source);
      results.push({ key: job.key, svg: fitViewBox(svg) });
    } catch (error) {
      results.push({ key: job.key, error: error instanceof Error ? error.message : String(error) });
    } finally {
      // Mermaid leaves its scratch elements behind when a render fails.
      document.body.replaceChildren();
    }
  }
  return results;
}
