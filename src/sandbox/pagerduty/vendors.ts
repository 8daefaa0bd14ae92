/**
 * Vendors are account-global constants in the real API. Ids and names here are sourced (apis.md §5 and the
 * Terraform provider's acceptance tests): Datadog `PAM4FGS`, Amazon CloudWatch `PZQ6AUS`, Sentry `PKAPG94`.
 * The other fields are invented but shaped like the spec's Vendor schema.
 */
export interface VendorRecord {
  id: string;
  name: string;
  description: string;
  website_url: string;
  generic_service_type: string;
}

export const DATADOG_VENDOR_ID = 'PAM4FGS';

export const VENDORS: readonly VendorRecord[] = [
  {
    id: 'PZQ6AUS',
    name: 'Amazon CloudWatch',
    description: 'Monitoring for AWS resources and the applications you run on AWS.',
    website_url: 'https://aws.amazon.com/cloudwatch',
    generic_service_type: 'Monitoring',
  },
  {
    id: DATADOG_VENDOR_ID,
    name: 'Datadog',
    description: 'Monitoring and analytics for cloud-scale infrastructure and applications.',
    website_url: 'https://www.datadoghq.com',
    generic_service_type: 'Monitoring',
  },
  {
    id: 'PKAPG94',
    name: 'Sentry',
    description: 'Application monitoring and error tracking.',
    website_url: 'https://sentry.io',
    generic_service_type: 'Monitoring',
  },
];
