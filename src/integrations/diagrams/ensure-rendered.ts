import { checkDiagramSyntax, mermaidErrorLine } from '../../lib/diagrams/check-syntax.ts';
import type { DiagramRequest } from '../../lib/diagrams/collect-diagrams.ts';
import { diagramKey, normaliseSource, readCachedSvg, writeCachedSvg } from '../../lib/diagrams/diagram-cache.ts';
import { installChromiumAdvice, type ChromiumFound } from '../../lib/chromium/find-chromium.ts';
import { findProjectChromium } from '../../lib/chromium/playwright-managed.ts';
import { renderInChromium } from './chromium-renderer.ts';

/** One diagram that could not be rendered, with every place that shows it. */
export interface DiagramFailure {
  requests: DiagramRequest[];
  kind: 'syntax' | 'render' | 'no-browser';
  message: string;
  /** Line of the diagram source mermaid points at, when it says. */
  line?: number;
}

export interface EnsureReport {
  /** Distinct diagrams (same source in two places counts once). */
  total: number;
  cached: number;
  rendered: number;
  failures: DiagramFailure[];
  browser?: { path: string; startMs: number; renderMs: number };
}

export interface EnsureOptions {
  cacheDir: string;
  renderContext: string;
  mermaidScript: string;
  /** Which Chromium to use; defaults to the project's search (CHROMIUM_PATH, Playwright, system). */
  locateChromium?: () => ChromiumFound | undefined;
  onProgress?: (message: string) => void;
}

/** Mermaid's wording for a source it cannot read, as opposed to one it failed to draw. */
const isSyntaxError = (message: string) => /\b(Parse|Lexical) error on line \d+|No diagram type detected/.test(message);

/**
 * Makes sure every requested diagram is in the cache. Cached ones cost a file check; the rest
 * are rendered together in one Chromium, and nothing starts a browser when everything is
 * cached. Without a browser the missing ones are still syntax-checked in Node, so a typo is
 * reported as such rather than hidden behind "install Chromium".
 */
export async function ensureDiagramsRendered(requests: readonly DiagramRequest[], options: EnsureOptions): Promise<EnsureReport> {
  const byKey = new Map<string, DiagramRequest[]>();
  for (const request of requests) {
    const key = diagramKey(request.source, options.renderContext);
    byKey.set(key, [...(byKey.get(key) ?? []), request]);
  }
  const missing = [...byKey.keys()].filter((key) => readCachedSvg(options.cacheDir, key) === undefined);
  const report: EnsureReport = { total: byKey.size, cached: byKey.size - missing.length, rendered: 0, failures: [] };
  if (missing.length === 0) return report;

  let found: ChromiumFound | undefined;
  let noBrowser = installChromiumAdvice;
  try {
    found = options.locateChromium ? options.locateChromium() : await findProjectChromium();
  } catch (error) {
    // CHROMIUM_PATH names a file that is not there.
    noBrowser = `${error instanceof Error ? error.message : String(error)}\n${installChromiumAdvice}`;
  }
  if (!found) {
    for (const key of missing) {
      const check = await checkDiagramSyntax(byKey.get(key)![0].source);
      report.failures.push(
        check.status === 'invalid'
          ? { requests: byKey.get(key)!, kind: 'syntax', message: check.message, line: check.line }
          : { requests: byKey.get(key)!, kind: 'no-browser', message: noBrowser },
      );
    }
    return report;
  }

  options.onProgress?.(`Rendering ${missing.length} diagram(s) with mermaid in ${found.path}.`);
  const run = await renderInChromium(
    missing.map((key) => ({ key, source: normaliseSource(byKey.get(key)![0].source) })),
    { chromiumPath: found.path, mermaidScript: options.mermaidScript },
  );
  for (const outcome of run.outcomes) {
    if (outcome.svg) {
      writeCachedSvg(options.cacheDir, outcome.key, outcome.svg);
      report.rendered++;
    } else {
      const message = outcome.error ?? 'Mermaid returned no SVG.';
      report.failures.push({ requests: byKey.get(outcome.key)!, kind: isSyntaxError(message) ? 'syntax' : 'render', message, line: mermaidErrorLine(message) });
    }
  }
  report.browser = { path: found.path, startMs: run.startMs, renderMs: run.renderMs };
  return report;
}

const indent = (text: string) => text.split('\n').map((line) => `    ${line}`).join('\n');

/** Where a diagram is, as an editor would look for it: file:line of the fence, or what generates it. */
function describePlaces(failure: DiagramFailure): string {
  return failure.requests
    .map((request) => {
      if (request.file && request.line !== undefined && failure.line !== undefined) {
        return `${request.origin} (the \`\`\`mermaid fence; the diagram's line ${failure.line} is line ${request.line + failure.line} of the file)`;
      }
      return request.file ? `${request.origin} (the \`\`\`mermaid fence)` : request.origin;
    })
    .join('\n  also ');
}

/** Every failure as an editor should read it: where, what mermaid said, what to do. */
export function formatFailures(failures: readonly DiagramFailure[]): string {
  const noBrowser = failures.filter((failure) => failure.kind === 'no-browser');
  const broken = failures.filter((failure) => failure.kind !== 'no-browser');
  const parts = broken.map((failure) => `${describePlaces(failure)}\n  mermaid ${failure.kind === 'syntax' ? 'cannot parse' : 'could not render'} this diagram:\n${indent(failure.message)}`);
  if (noBrowser.length > 0) {
    parts.push(
      `${noBrowser.length} diagram(s) are new or changed and need a browser to render:\n${noBrowser.map((failure) => `  ${describePlaces(failure)}`).join('\n')}\n${noBrowser[0].message}`,
    );
  }
  return parts.join('\n\n');
}
