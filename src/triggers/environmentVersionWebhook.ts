/**
 * The deployment pipelines' web trigger (manifest.yml: `webtrigger` environment-version): a
 * pipeline that has deployed a version reports it with
 * `POST {"environment": "<id>", "version": "5.10.2", "requestId": "<unique per call>"}` and
 * `Authorization: Bearer <the environment's secret>`. Forge hands the function the request as
 * `{ method, path, headers, body, queryParameters }` and sends back `{ statusCode, headers, body }`
 * (https://developer.atlassian.com/platform/forge/events-reference/web-trigger/); the URL itself
 * has no authentication ("anyone can use the URL": manifest reference, "Web trigger"), so every
 * request must carry the secret an admin set for that environment. Nothing is stored unless the
 * request is authenticated, well-formed and new.
 *
 * An unknown environment has no secret, so it gets the same 401 as a wrong secret: a caller
 * without a secret cannot learn which environments exist. Only a caller holding a valid secret
 * of an environment since removed from the contract hears 404.
 */
import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { isRecord, jsonType, type ValidationError } from '../domain/validation';
import type { AppContext } from '../services/appContext';
import { answer, header, invalid } from './webTriggerAnswers';
import { reportEnvironmentVersion } from '../services/devloop/reportEnvironmentVersion';
import { isEnvironmentSecret } from '../storage/devloop/environmentVersionsSecrets';

/** The `webtrigger` module's key in manifest.yml. */
export const ENVIRONMENT_VERSION_TRIGGER = 'environment-version';

/** The largest body accepted, in bytes: a report is under 300 bytes. */
export const ENVIRONMENT_VERSION_MAX_BODY_BYTES = 8 * 1024;

/** Longest field values, as the SQL columns hold them (`devLoopMigrations.ts`). */
const MAX_LENGTH = { environment: 64, version: 100, requestId: 128, pipeline: 100 } as const;

/** Who the history names when the pipeline gives no name. */
export const PIPELINE_ACTOR = 'pipeline';

export type EnvironmentVersionRequest = Pick<WebTriggerRequest, 'method' | 'headers' | 'body'>;

interface VersionReportBody {
  readonly environment: string;
  readonly version: string;
  readonly requestId: string;
  readonly pipeline?: string;
}

export async function onEnvironmentVersionWebhook(
  request: EnvironmentVersionRequest,
  ctx: AppContext,
): Promise<WebTriggerResponse> {
  if (request.method !== 'POST') {
    return answer(405, { error: 'Report versions with POST.' }, { allow: ['POST'] });
  }
  const body = typeof request.body === 'string' ? request.body : '';
  const size = Buffer.byteLength(body, 'utf8');
  if (size > ENVIRONMENT_VERSION_MAX_BODY_BYTES) {
    return answer(413, {
      error: `The body is ${size} bytes; at most ${ENVIRONMENT_VERSION_MAX_BODY_BYTES} are accepted.`,
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return invalid(400, [{ path: '$', message: 'the body is not JSON' }], 'report');
  }
  const reading = readBody(parsed);
  if ('errors' in reading) return invalid(400, reading.errors, 'report');
  const report = reading.report;

  const presented = bearerToken(header(request.headers, 'authorization'));
  if (!(await isEnvironmentSecret(ctx.secrets, report.environment, presented))) {
    return answer(401, {
      error:
        'The Authorization header must be "Bearer <secret>" with the pipeline secret set for this environment on the app’s admin page.',
    });
  }
  const outcome = await reportEnvironmentVersion(
    ctx,
    {
      environment: report.environment,
      version: report.version,
      source: 'pipeline',
      reportedBy: report.pipeline ?? PIPELINE_ACTOR,
      requestId: report.requestId,
    },
    '$.version',
  );
  switch (outcome.kind) {
    case 'unknownEnvironment':
      return answer(404, {
        error: `Environment ${report.environment} is no longer in the contract; nothing recorded.`,
      });
    case 'unreadableVersion':
      return invalid(422, outcome.errors, 'report');
    case 'replayed':
      return answer(409, {
        error: `Request ${report.requestId} was recorded before; nothing changed.`,
        reportId: outcome.reportId,
      });
    case 'recorded':
      if (outcome.upgraded && !outcome.queued) {
        // Recorded, so not lost: the sweep closes the cases from the report. A retry of the
        // same request gets 409.
        return answer(
          503,
          {
            error:
              'The version is recorded, but the app could not queue the closing of fixed cases; its sweep will do it.',
            reportId: outcome.report.reportId,
          },
          { 'retry-after': ['60'] },
        );
      }
      return answer(202, {
        reportId: outcome.report.reportId,
        previous: outcome.previous,
        upgraded: outcome.upgraded,
      });
  }
}

function readBody(
  value: unknown,
): { readonly report: VersionReportBody } | { readonly errors: ValidationError[] } {
  if (!isRecord(value)) {
    return { errors: [{ path: '$', message: `must be an object, not ${jsonType(value)}` }] };
  }
  const errors: ValidationError[] = [];
  const text = (name: keyof typeof MAX_LENGTH, required: boolean): string | undefined => {
    const v = value[name];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      errors.push({ path: `$.${name}`, message: 'must be a non-empty string' });
      return undefined;
    }
    if (v.length > MAX_LENGTH[name]) {
      errors.push({ path: `$.${name}`, message: `must be at most ${MAX_LENGTH[name]} characters` });
      return undefined;
    }
    return v.trim();
  };
  const environment = text('environment', true);
  const version = text('version', true);
  const requestId = text('requestId', true);
  const pipeline = text('pipeline', false);
  for (const key of Object.keys(value)) {
    if (!(key in MAX_LENGTH)) {
      errors.push({
        path: `$.${key}`,
        message: 'is not a field of a version report (environment, version, requestId, pipeline)',
      });
    }
  }
  if (errors.length > 0 || !environment || !version || !requestId) return { errors };
  return { report: { environment, version, requestId, ...(pipeline && { pipeline }) } };
}

/** The token of `Bearer <token>` (scheme in any case, RFC 6750 §2.1), or undefined. */
function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}
