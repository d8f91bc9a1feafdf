import { useOrganizationFormats } from '../src/lib/formats/format.ts';

// Unit tests call formatting code without loading an organization; they use the test
// fixture organization's settings (test/helpers/content-fixture.ts). Tests of other locales set their own.
useOrganizationFormats({ locale: 'en-GB', currency: 'GBP' });
