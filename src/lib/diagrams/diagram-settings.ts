/** What the pages need to find rendered diagrams; the diagrams integration provides it. */
export interface DiagramSettings {
  /** Absolute path of the project's diagrams-cache folder. */
  cacheDir: string;
  /** See renderContext() in render-config.ts. */
  renderContext: string;
  /** In "build", a diagram missing from the cache is an error; in "dev", a notice on the page. */
  mode: 'build' | 'dev';
}

/** Import specifier of the module that exports the settings (see src/site/diagram-settings.d.ts). */
export const diagramSettingsModule = 'virtual:pmo-playbook/diagram-settings';
