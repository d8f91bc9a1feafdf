// Kept apart from the page catalogue so the assessment's browser script imports only these.

/** Element id of a statement's question on the assessment form. */
export const statementAnchor = (perspectiveId: string, statementId: string) => `statement-${perspectiveId}-${statementId}`;

export const perspectiveAnchor = (perspectiveId: string) => `perspective-${perspectiveId}`;
