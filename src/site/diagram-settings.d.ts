// The module the diagrams integration (src/integrations/diagrams/index.ts) serves to pages.
declare module 'virtual:pmo-playbook/diagram-settings' {
  const settings: import('../lib/diagrams/diagram-settings.ts').DiagramSettings;
  export default settings;
}
