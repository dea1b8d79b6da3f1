import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import { parse } from 'yaml';

/**
 * The published OpenWealth Customer Management 1.2.1 document (`../shared/specs/` beside the repository, as CI lays
 * it out), compiled with Ajv: every OpenWealth answer of the sandbox in the tests goes through `checkAgainstSpec`, so
 * the sandbox cannot drift from the standard. OpenAPI 3.0 schema objects are JSON Schema plus annotations
 * (`example`, `discriminator`), which Ajv ignores outside strict mode; the discriminator of `personDetails` is applied
 * here by validating the details against the schema its `personType` names, as OpenAPI defines it.
 */
export const OPENWEALTH_SPEC_PATH = fileURLToPath(new URL('../../../shared/specs/openwealth-customer-management-1.2.1.yaml', import.meta.url));
const SPEC_ID = 'openwealth-customer-management-1.2.1';

type Reference = { $ref: string };
type MediaType = { schema: object };
type ResponseObject = { headers?: Record<string, unknown>; content?: Record<string, MediaType> };
type Operation = { operationId: string; responses: Record<string, ResponseObject | Reference> };
type Document = { paths: Record<string, Record<string, Operation>>; components: { responses: Record<string, ResponseObject> } };

const document = parse(readFileSync(OPENWEALTH_SPEC_PATH, 'utf8')) as Document;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document as object, SPEC_ID);

const resolveResponse = (response: ResponseObject | Reference): ResponseObject =>
  '$ref' in response ? document.components.responses[response.$ref.split('/').pop()!]! : response;

const schemaAt = (pointer: string) => {
  const validate = ajv.getSchema(`${SPEC_ID}#${pointer}`);
  if (!validate) throw new Error(`no schema at ${pointer}`);
  return validate;
};

const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n');

/** The operation of the spec at this path template (`/customers/{customerId}`) and method. */
export function operationOf(pathTemplate: string, method: string): Operation {
  const operation = document.paths[pathTemplate]?.[method.toLowerCase()];
  if (!operation) throw new Error(`the spec has no ${method} ${pathTemplate}`);
  return operation;
}

/** Problems of a response against the spec's definition of it: status, content type, body schema, headers. */
export function specProblems(pathTemplate: string, method: string, response: LightMyRequestResponse): string[] {
  const operation = operationOf(pathTemplate, method);
  const definition = operation.responses[String(response.statusCode)];
  if (!definition) return [`${response.statusCode} is not a response of ${operation.operationId}`];
  const resolved = resolveResponse(definition);
  const problems: string[] = [];
  if (!response.headers['x-correlation-id']) problems.push('no X-Correlation-ID header');
  for (const header of Object.keys(resolved.headers ?? {})) {
    if (header === 'nextCursor' && response.headers.nextcursor === undefined) problems.push('no nextCursor header');
  }
  const content = resolved.content;
  if (!content) {
    if (response.body !== '') problems.push(`expected no body, got ${response.body.slice(0, 80)}`);
    return problems;
  }
  const contentType = String(response.headers['content-type'] ?? '').split(';')[0]!.trim();
  const media = content[contentType];
  if (!media) return [...problems, `content type ${contentType} is not one of ${Object.keys(content).join(', ')}`];
  const body: unknown = JSON.parse(response.body);
  const pointer = pointerOf(pathTemplate, method, String(response.statusCode), contentType, definition);
  const validate = schemaAt(pointer);
  if (!validate(body)) problems.push(describeErrors(validate.errors));
  // The discriminator: a person's details against the schema of its personType.
  for (const person of personsIn(operation.operationId, body)) {
    const details = person.personDetails as { personType?: string } | undefined;
    if (!details?.personType) continue;
    const subtype = schemaAt(`/components/schemas/${details.personType}`);
    if (!subtype(details)) problems.push(`personDetails (${details.personType}): ${describeErrors(subtype.errors)}`);
  }
  return problems;
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
function pointerOf(pathTemplate: string, method: string, status: string, contentType: string, definition: ResponseObject | Reference): string {
  if ('$ref' in definition) return `${definition.$ref.slice(1)}/content/${escape(contentType)}/schema`;
  return `/paths/${escape(pathTemplate)}/${method.toLowerCase()}/responses/${status}/content/${escape(contentType)}/schema`;
}

function personsIn(operationId: string, body: unknown): Array<Record<string, unknown>> {
  if (operationId === 'getPersons' && Array.isArray(body)) return body as Array<Record<string, unknown>>;
  if (operationId === 'getPersonByPersonId' && body && typeof body === 'object') return [body as Record<string, unknown>];
  return [];
}

/** A request body against a component schema of the spec (for the bodies the tests send). */
export function requestProblems(component: string, body: unknown): string[] {
  const validate = schemaAt(`/components/schemas/${component}`);
  return validate(body) ? [] : [describeErrors(validate.errors)];
}
