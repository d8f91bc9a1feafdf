import type { Scope } from '../../schemas/index.ts';
import type { Entry } from '../playbook-model.ts';
import { routes } from '../routes.ts';

/** The sections of the scope page that come from tiers and the intake form, when the scope has them. */
export function scopeIntakeSections(scope: Entry<Scope>): string[] {
  return [...(scope.data.tiers ? ['tiers', 'tier-decision'] : []), ...(scope.data.intakeForm ? ['intake-form'] : [])].map((section) => `${scope.id}-${section}`);
}

/**
 * The intake form pages (a guide to a good request, and the form to print) with the element
 * ids a link may point at, mirroring src/pages/scope/[scope]/intake-form/; the link checker's
 * table of site pages includes them.
 */
export function intakePages(scopes: readonly Entry<Scope>[]): [path: string, anchors: string[]][] {
  return scopes.flatMap((scope): [string, string[]][] => {
    const form = scope.data.intakeForm;
    if (!form) return [];
    const fieldIds = form.sections.flatMap((section) => section.fields.map((field) => `field-${field.id}`));
    return [
      [routes.intakeForm(scope.id), ['good-request', 'what-happens-next', ...form.sections.map((_, index) => `section-${index + 1}`), ...fieldIds]],
      [routes.intakeFormPrint(scope.id), ['intake-form-sheet']],
    ];
  });
}
