/** Every content shape lives in this folder; everything else imports it from here. */
export * from './common.ts';
export * from './review.ts';
export * from './organization.ts';
export * from './objective.ts';
export * from './scope.ts';
export * from './role.ts';
export * from './playbook.ts';
export * from './stage.ts';
export * from './raci.ts';
export * from './forum.ts';
export * from './escalation.ts';
export * from './governance-settings.ts';
export * from './metric.ts';
export * from './plan.ts';
export * from './stakeholder.ts';
export * from './comms.ts';
export * from './collections.ts';
