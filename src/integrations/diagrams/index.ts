import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectDiagrams } from '../../lib/diagrams/collect-diagrams.ts';
import { cacheFolderName } from '../../lib/diagrams/diagram-cache.ts';
import { diagramSettingsModule, type DiagramSettings } from '../../lib/diagrams/diagram-settings.ts';
import { findMermaid, renderContext } from '../../lib/diagrams/render-config.ts';
import { ensureDiagramsRendered, formatFailures, type EnsureReport } from './ensure-rendered.ts';
import { mermaidFencePlugin } from './mermaid-fence-plugin.ts';

const resolvedSettingsModule = `\0${diagramSettingsModule}`;

/** Files whose change can add or change a diagram. */
const diagramInputs = /[\\/](playbooks|content)[\\/].*\.(mdx|ya?ml)$|[\\/]src[\\/]pages[\\/].*\.mdx$/;

/**
 * Mermaid diagrams as inline SVG, rendered at build time. Before any page is built, every
 * diagram the site shows is collected (```mermaid fences in MDX, diagrams generated from
 * data), and those missing from diagrams-cache/ are rendered in one headless Chromium; pages
 * then read the cache synchronously. With a complete cache no browser starts.
 */
export function diagrams(): AstroIntegration {
  let root = '';
  let settings: DiagramSettings;
  let mermaidScript = '';

  const ensure = async (logger: AstroIntegrationLogger): Promise<EnsureReport> => {
    const collected = collectDiagrams(root);
    if (collected.generatedSkipped) logger.warn(`Diagrams generated from data are left out: ${collected.generatedSkipped}.`);
    const report = await ensureDiagramsRendered(collected.requests, {
      cacheDir: settings.cacheDir,
      renderContext: settings.renderContext,
      mermaidScript,
      onProgress: (message) => logger.info(message),
    });
    const browser = report.browser ? `; browser ${Math.round(report.browser.startMs)} ms to start, ${Math.round(report.browser.renderMs)} ms to render` : '';
    logger.info(`${report.total} diagram(s): ${report.cached} from ${cacheFolderName}/, ${report.rendered} rendered${browser}.`);
    return report;
  };

  return {
    name: 'pmo-playbook:diagrams',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        const processor = config.markdown.processor;
        if (processor.name !== 'satteri') {
          throw new Error(`The diagrams integration adds a Sätteri mdast plugin, but markdown.processor is "${processor.name}". Use Astro's default (Sätteri) processor, or port src/integrations/diagrams/mermaid-fence-plugin.ts.`);
        }
        const componentPath = join(fileURLToPath(config.srcDir), 'components/Diagram.astro');
        ((processor.options as { mdastPlugins?: unknown[] }).mdastPlugins ??= []).push(mermaidFencePlugin({ root, componentPath }));

        const mermaid = findMermaid(root);
        mermaidScript = mermaid.scriptPath;
        settings = { cacheDir: join(root, cacheFolderName), renderContext: renderContext(mermaid.version), mode: command === 'dev' ? 'dev' : 'build' };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pmo-playbook:diagram-settings',
                resolveId: (id: string) => (id === diagramSettingsModule ? resolvedSettingsModule : undefined),
                load: (id: string) => (id === resolvedSettingsModule ? `export default ${JSON.stringify(settings)};` : undefined),
              },
            ],
          },
        });
      },

      'astro:build:start': async ({ logger }) => {
        const report = await ensure(logger);
        if (report.failures.length === 0) return;
        logger.error(`\n${formatFailures(report.failures)}`);
        throw new Error(`${report.failures.length} diagram(s) could not be rendered, listed above; nothing was built.`);
      },

      'astro:server:setup': ({ server, logger }) => {
        // The dev server keeps running whatever happens: pages show the source and a notice
        // for any diagram that is not rendered, and the terminal says why.
        let running = Promise.resolve();
        const refresh = () => {
          running = running.then(async () => {
            const report = await ensure(logger);
            if (report.failures.length > 0) logger.warn(`\n${formatFailures(report.failures)}`);
            if (report.rendered > 0) server.ws.send({ type: 'full-reload' });
          }).catch((error: unknown) => logger.error(`Rendering diagrams failed: ${error instanceof Error ? error.message : String(error)}`));
        };
        refresh();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string) => {
          if (!diagramInputs.test(file)) return;
          clearTimeout(timer);
          timer = setTimeout(refresh, 200);
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
      },
    },
  };
}
