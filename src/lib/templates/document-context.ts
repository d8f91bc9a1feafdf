/** What every document builder needs besides its own content: names and dates from the rest of the site. */
export interface DocumentContext {
  organizationName: string;
  pmoName: string;
  /** YYYY-MM-DD the site is built, from the build-date helper, never the wall clock. */
  documentDate: string;
  roleTitle: (roleId: string) => string;
  forumTitle: (forumId: string) => string;
  /** Next review date of a stage page ("<playbook>/<stage>"), when the stage exists. */
  stageReview: (stageId: string) => string | undefined;
}

export const documentHeader = (context: DocumentContext) => ({
  organizationName: context.organizationName,
  pmoName: context.pmoName,
  documentDate: context.documentDate,
});
