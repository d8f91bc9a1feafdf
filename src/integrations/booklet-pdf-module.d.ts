/** Provided by the booklet-pdf integration: true when this build writes the booklet PDFs. */
declare module 'virtual:pmo-playbook/booklet-pdf' {
  export const bookletPdfAvailable: boolean;
}
