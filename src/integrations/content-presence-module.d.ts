/** Provided by the content-presence integration: the collections that have at least one file. */
declare module 'virtual:pmo-playbook/content-presence' {
  export const presentCollections: string[];
}
