// The official Datadog client, v1 API only. Its package index loads v1 and v2 with every model of both (~2.5 s of
// start-up per command on a 2-core machine); vigil calls v1 endpoints only, so it loads that API and the shared
// runtime directly, in about a fifth of the time. The package has no "exports" map, so these paths are public files
// of the version package.json pins exactly (a minor release could move them); test/sync exercises every call.
import * as client from '@datadog/datadog-api-client/dist/packages/datadog-api-client-common/index.js';
import * as v1 from '@datadog/datadog-api-client/dist/packages/datadog-api-client-v1/index.js';

export { logger } from '@datadog/datadog-api-client/dist/logger.js';
export { client, v1 };
