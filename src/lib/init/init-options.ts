import { organizationSchema } from '../../schemas/organization.ts';

/** What `npm run init` was asked for. */
export interface InitOptions {
  organization: string;
  currency: string;
  locale: string;
  pmoName: string;
  email: string;
  repository: string;
  force: boolean;
}

const usage = 'Usage: npm run init -- --organization "<name>" --currency <ISO 4217 code> --locale <BCP 47 tag> [--pmo-name "<name>"] [--email <address>] [--repository <https URL>] [--force]';

/** "Acme Health Trust" as "acme-health-trust", for default addresses. */
export const slugOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Reads `--name value` and `--name=value` arguments; every problem is reported at once. */
export function parseInitArguments(args: string[], defaults: { repository?: string } = {}): InitOptions | { errors: string[] } {
  const values = new Map<string, string>();
  let force = false;
  const errors: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--force') {
      force = true;
      continue;
    }
    const match = arg.match(/^--([a-z-]+)(?:=(.*))?$/);
    if (!match) {
      errors.push(`Unexpected argument "${arg}".`);
      continue;
    }
    const value = match[2] ?? args[++index];
    if (value === undefined || value.startsWith('--')) errors.push(`--${match[1]} needs a value.`);
    else values.set(match[1], value.trim());
  }
  for (const required of ['organization', 'currency', 'locale']) if (!values.get(required)) errors.push(`--${required} is required.`);
  const known = new Set(['organization', 'currency', 'locale', 'pmo-name', 'email', 'repository']);
  for (const name of values.keys()) if (!known.has(name)) errors.push(`Unknown option --${name}.`);
  if (errors.length > 0) return { errors: [...errors, usage] };
  const organization = values.get('organization')!;
  const slug = slugOf(organization) || 'organization';
  const options: InitOptions = {
    organization,
    currency: values.get('currency')!.toUpperCase(),
    locale: values.get('locale')!,
    pmoName: values.get('pmo-name') ?? 'PMO',
    email: values.get('email') ?? `pmo@${slug}.example`,
    repository: values.get('repository') ?? defaults.repository ?? `https://github.com/${slug}/pmo-playbook`,
    force,
  };
  // The same schema the content check uses, so a bad code or tag is refused before anything is written.
  const checked = organizationSchema.safeParse(organizationFields(options));
  if (!checked.success) return { errors: [...checked.error.issues.map((issue) => `${optionFor[issue.path.join('.')] ?? issue.path.join('.')}: ${issue.message}`), usage] };
  return options;
}

const optionFor: Record<string, string> = { name: '--organization', currency: '--currency', locale: '--locale', pmoName: '--pmo-name', 'contact.email': '--email', 'repository.url': '--repository' };

/** The organization file's fields for these options. */
export function organizationFields(options: InitOptions) {
  return {
    name: options.organization,
    pmoName: options.pmoName,
    mission: `Help ${options.organization} invest in the right change and deliver it predictably, by giving leaders one honest view of the portfolio and giving delivery teams simple, proportionate methods that work.`,
    currency: options.currency,
    locale: options.locale,
    repository: { url: options.repository, branch: 'main' },
    contact: { team: options.pmoName, email: options.email },
  };
}
